using NetMapper.Capture.Sweeps;
using NetMapper.Application.Scanning;
using NetMapper.Cli.Scan;

namespace NetMapper.Cli.Tests;

public class SweepInputTests
{
    [Theory]
    [InlineData("arp:eth1", SweepMethod.Arp, "eth1")]
    [InlineData("arp:enp0s31f6.110", SweepMethod.Arp, "enp0s31f6.110")]
    [InlineData("icmp", SweepMethod.Icmp, null)]
    public void A_Sweep_Is_Parsed_Once_Into_Its_Method_And_Interface(string text, SweepMethod method, string? iface)
    {
        var sweep = SweepInput.Parse(text);
        Assert.Equal(new SweepRequest(method, iface), sweep);
        Assert.Equal(text, sweep.ToString()); // the scan's options record it as it was written
    }

    [Theory]
    [InlineData("ping")]
    [InlineData("arp:")]
    [InlineData("")]
    public void Anything_But_Arp_Or_Icmp_Is_Refused_Instead_Of_Being_Taken_For_Icmp(string text) =>
        Assert.StartsWith($"--sweep '{text}' (in scan.yaml or the flags): ",
            Assert.Throws<NetMapper.Cli.Common.UsageException>(() => SweepInput.Parse(text, " (in scan.yaml or the flags)")).Message,
            StringComparison.Ordinal);
}

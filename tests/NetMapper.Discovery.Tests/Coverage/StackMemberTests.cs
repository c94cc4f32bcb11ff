using NetMapper.Topology;

namespace NetMapper.Discovery.Tests.Coverage;

/// <summary>Stacks and virtual chassis of the corpus: every member's model and serial is kept beside the device's own.</summary>
public class StackMemberTests
{
    [Theory]
    // A Catalyst 2960-X stack of three: the device is the stack's master (member 1), as IOS reports it.
    [InlineData("ios_2960x", "WS-C2960X-48FPS-L FCW1929B68S", "WS-C2960X-48FPS-L FCW1929B68S|WS-C2960X-24PS-L FCW1931A06Z"
        + "|WS-C2960X-48FPS-L FCW1929B6BP")]
    // StackWise Virtual: two C9500 chassis (entities 2 and 500), the device is the first.
    [InlineData("iosxe_c9500h-svl", "C9500-48Y4C CAT2223L007", "C9500-48Y4C CAT2223L007|C9500-48Y4C CAT2226L4M0")]
    public async Task Each_Member_Keeps_Its_Model_And_Serial(string recording, string device, string members)
    {
        Requires.Corpus();
        var polled = (await CorpusPollTests.PollAsync(recording)).Device;

        Assert.Equal(device, $"{polled.Model} {polled.Serial}");
        Assert.Equal(members, string.Join('|', polled.StackMembers().Select(m => $"{m.Model} {m.Serial}")));
    }

    [Fact]
    public async Task A_Single_Chassis_Has_No_Members()
    {
        Requires.Corpus();
        Assert.Empty((await CorpusPollTests.PollAsync("ios_c3560")).Device.StackMembers());
    }
}

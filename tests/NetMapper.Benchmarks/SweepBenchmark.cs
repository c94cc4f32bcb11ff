using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetMapper.Testing;

namespace NetMapper.Benchmarks;

/// <summary>
/// ARP and ICMP sweeps in a namespace lab (root): 100 live hosts in a /24 and 1,098 in a /16, NetMapper against
/// arp-scan, nmap -sn and fping run in the same scanner namespace: time and recall.
/// </summary>
internal static partial class SweepBenchmark
{
    public static async Task RunAsync()
    {
        if (Environment.UserName != "root") { Console.WriteLine("## Sweeps: skipped (needs root for network namespaces)"); return; }
        Console.WriteLine("## Sweeps: namespace lab, one veth between the scanner and the hosts "
            + "(all tools at 100k probes/s where they take a rate)");
        Console.WriteLine("median of 5 runs (1 when a run takes over 5 s), fewest hosts found of those runs");
        Console.WriteLine($"netmapper: {string.Join(" ", BenchCli.NetMapper)}");
        await using var lab = await NamespaceLab.CreateAsync();
        var scanner = await lab.AddNamespaceAsync("scan");
        var hosts = await lab.AddNamespaceAsync("hosts");
        await lab.ConnectAsync(scanner, "s0", hosts, "h0");
        await lab.ExecAsync(scanner, "ip", "link", "set", "s0", "up");
        await lab.ExecAsync(hosts, "ip", "link", "set", "h0", "up");
        await lab.AddAddressesAsync(scanner, "s0", ["10.88.0.250/24", "10.89.255.250/16"]);
        await lab.AddAddressesAsync(hosts, "h0", Enumerable.Range(1, 100).Select(i => $"10.88.0.{i}/24")
            .Concat(Enumerable.Range(0, 1098).Select(i => $"10.89.{i / 200}.{1 + i % 200}/16")));

        foreach (var (range, live) in new[] { ("10.88.0.0/24", 100), ("10.89.0.0/16", 1098) })
        {
            Console.WriteLine($"{range}, {live} live:");
            string[] arp = [.. BenchCli.NetMapper, "sweep", "arp", "--interface", "s0", "--range", range];
            string[] atFullRate = ["--limit", "70000", "--rate", "100000"];
            string[] nmapArp = ["nmap", "-sn", "-n", "-PR", "-e", "s0"];
            var ours = await Run(lab, scanner, $"netmapper sweep arp", [.. arp, .. atFullRate, "--json"], ParseJson);
            var results = new List<(string Tool, TimeSpan Time, int Found)> { ours };
            if (Requires.FindOnPath("arp-scan") is not null)
                results.Add(await Run(lab, scanner, "arp-scan -i 10u", ["arp-scan", "-I", "s0", "-q", "-x", "-i", "10u", range], ParseIps));
            if (Requires.FindOnPath("nmap") is not null)
            {
                string[] nmapFast = [.. nmapArp, "--min-rate", "20000", range];
                results.Add(await Run(lab, scanner, "nmap -sn -PR --min-rate 20000", nmapFast, ParseNmap));
            }
            if (live < 1000)
            {
                // Every tool as it comes, no rate options (on a /16 the defaults take minutes).
                results.Add(await Run(lab, scanner, "netmapper sweep arp (defaults)", [.. arp, "--json"], ParseJson));
                if (Requires.FindOnPath("arp-scan") is not null)
                    results.Add(await Run(lab, scanner, "arp-scan (defaults)", ["arp-scan", "-I", "s0", "-q", "-x", range], ParseIps));
                if (Requires.FindOnPath("nmap") is not null)
                    results.Add(await Run(lab, scanner, "nmap -sn -PR (defaults)", [.. nmapArp, range], ParseNmap));
            }
            string[] icmpCommand = [.. BenchCli.NetMapper, "sweep", "icmp", "--range", range, .. atFullRate, "--json"];
            var icmp = await Run(lab, scanner, "netmapper sweep icmp", icmpCommand, ParseJson);
            results.Add(icmp);
            string[] fping = ["fping", "-a", "-q", "-g", range, "-i", "1", "-r", "1"];
            if (Requires.FindOnPath("fping") is not null)
                results.Add(await Run(lab, scanner, "fping -g -i 1 -r 1", fping, ParseIps));
            foreach (var (tool, time, found) in results)
            {
                string recall = $"found {found,5} of {live} ({100.0 * found / live:0.0}%)";
                string versusArp = $"time vs this tool: NetMapper ARP {Measure.Ratio(ours.Time / time)}";
                Console.WriteLine($"  {tool,-32} {Measure.Ms(time),11}  {recall}  {versusArp}");
            }
        }
        Console.WriteLine();
    }

    /// <summary>Median time of five runs (one when a run takes over 5 s), and the worst recall of them.</summary>
    private static async Task<(string Tool, TimeSpan Time, int Found)> Run(NamespaceLab lab, string ns, string tool, string[] command,
        Func<string, int> count)
    {
        var runs = new List<(TimeSpan Time, int Found)>();
        do
        {
            var watch = Stopwatch.StartNew();
            var (_, output, _) = await lab.RunInAsync(ns, TimeSpan.FromMinutes(5), command);
            runs.Add((watch.Elapsed, count(output)));
        }
        while (runs.Count < 5 && runs[0].Time < TimeSpan.FromSeconds(5));
        return (tool, runs.Select(r => r.Time).Order().ElementAt(runs.Count / 2), runs.Min(r => r.Found));
    }

    private static int ParseJson(string output) => JsonDocument.Parse(output).RootElement.GetProperty("hosts").GetArrayLength();
    private static int ParseIps(string output) => IpAtLineStart().Matches(output).Select(m => m.Value).Distinct().Count();
    private static int ParseNmap(string output) => NmapHost().Count(output);

    [GeneratedRegex(@"^\d+\.\d+\.\d+\.\d+", RegexOptions.Multiline)]
    private static partial Regex IpAtLineStart();

    [GeneratedRegex(@"^Nmap scan report for", RegexOptions.Multiline)]
    private static partial Regex NmapHost();
}

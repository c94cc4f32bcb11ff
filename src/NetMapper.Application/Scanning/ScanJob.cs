using System.Net;
using NetMapper.Discovery.Crawling;
using NetMapper.Discovery.Oui;
using NetMapper.Snmp;
using NetMapper.Snmp.Transport;
using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Application.Scanning;

/// <summary>Runs a crawl into the scan store: each device stored as it is polled, then the graph and the scan's final record.</summary>
public static class ScanJob
{
    /// <summary>Packets per second of a scan's sweeps: fast enough for a /16, and the scope bounds what they reach.</summary>
    private const int SweepRate = 10_000;

    public static async Task<ScanJobResult> RunAsync(
        ScanJobRequest job, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        using var store = ScanStore.Open(job.Db);
        var request = job.Crawl;
        var followArp = request.FollowRouterArp ? "yes" : "no";
        var rate = job.RequestsPerSecond is int r ? $"{r}/s" : "unlimited";
        var info = new ScanInfo
        {
            StartedAt = DateTimeOffset.UtcNow,
            Operator = Environment.UserName,
            Machine = Environment.MachineName,
            NetMapperVersion = job.ToolVersion,
            Seeds = request.Seeds.Select(s => s.ToString()).ToArray(),
            Scope = request.Scope.Include.Select(p => p.ToString()).ToArray(),
            Exclude = request.Scope.Exclude.Select(p => p.ToString()).ToArray(),
            Credentials = job.CredentialDescriptions,
            Options = [$"port {request.Poll.Port}", $"timeout {request.Poll.Timeout.TotalSeconds} s", $"retries {request.Poll.Retries}",
                $"max depth {request.MaxDepth}", $"concurrency {request.Concurrency}",
                $"device budget {request.Poll.DeviceBudget.TotalSeconds} s", $"follow router ARP {followArp}", $"rate {rate}"],
        };
        // Sweeps first, over the scope (less the exclusions): a sweep never probes outside it.
        var swept = new List<Host>();
        var live = new HashSet<IPAddress>();
        var oui = OuiRegistry.LoadDefault();
        foreach (var sweep in job.Sweeps)
        {
            var targets = SweepRun.Targets(request.Scope.Include, request.Scope.Exclude, job.SweepLimit);
            var result = await SweepRun.RunAsync(sweep.Method, sweep.Interface, targets, SweepRate, cancellationToken)
                .ConfigureAwait(false);
            swept.AddRange(result.ToHosts(oui.VendorOf));
            live.UnionWith(result.Hits.Select(h => h.Address));
        }
        // Without seeds the crawl begins at the sweep's live hosts: each one that answers SNMP is a device to crawl from.
        if (request.Seeds.Count == 0)
            request = request with { Candidates = live.Where(request.Scope.Allows).Order(IpAddressing.Order).ToArray() };
        info = info with { Options = [.. info.Options, .. job.Sweeps.Select(s => $"sweep {s}")] };

        int id = store.BeginScan(info);
        info = info with { Id = id };

        await using var client = new SnmpClient(new SnmpClientOptions { MaxRequestsPerSecond = job.RequestsPerSecond });
        var crawler = new Crawler(client);
        var crawl = await crawler.RunAsync(request, poll =>
        {
            store.RecordPoll(id, poll.Snapshot.Device.ManagementAddresses.FirstOrDefault() ?? "", poll.Snapshot);
            return Task.CompletedTask;
        }, progress, cancellationToken).ConfigureAwait(false);

        var graph = TopologyBuilder.Build(crawl.Snapshots, swept, oui.VendorOf, crawl.Findings);
        int failed = crawl.Snapshots.Count(s => s.Device.Status is PollStatus.Unreachable or PollStatus.AuthFailed or PollStatus.TimedOut);
        int answered = crawl.Snapshots.Count - failed;
        var status = cancellationToken.IsCancellationRequested || (!crawl.Completed && answered > 0) ? ScanStatus.Incomplete
            : answered == 0 ? ScanStatus.Failed : ScanStatus.Complete;
        info = info with
        {
            EndedAt = DateTimeOffset.UtcNow,
            Status = status,
            DevicesPolled = answered,
            DevicesFailed = failed,
            Note = crawl.Completed ? "" : cancellationToken.IsCancellationRequested ? "stopped by the operator" : "stopped at a limit",
        };
        store.CompleteScan(info, graph);
        var seedless = request.Seeds.Count == 0 ? new SeedlessSweep(request.Candidates.Count, crawl.Candidates.AnsweredSnmp) : null;
        return new ScanJobResult(info with { Devices = graph.Devices.Count, Links = graph.Links.Count }, graph) { Seedless = seedless };
    }
}

using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Transport;
using NetMapper.Topology;

namespace NetMapper.Discovery.Crawling;

/// <summary>
/// Breadth-first discovery from the seeds, or from the live addresses a sweep found (<see cref="CrawlRequest.Candidates"/>):
/// polls each device, then follows the management addresses its LLDP/CDP neighbours announce (and, if asked, routers'
/// ARP entries) as long as they lie inside the scope. Nothing outside the scope is ever contacted. A swept address
/// that does not answer SNMP is a host, not a device: it leaves no snapshot. A slow or broken device never stops the
/// crawl; cancellation ends it with what was found.
/// </summary>
public sealed class Crawler(SnmpClient client)
{
    /// <summary>An address waiting to be polled, how far from where the crawl began, and whether a sweep found it.</summary>
    private sealed record Pending(IPAddress Address, int Depth, bool Swept);

    public async Task<CrawlResult> RunAsync(
        CrawlRequest request, Func<PollResult, Task>? onPolled = null, IProgress<CrawlProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        foreach (var seed in request.Seeds.Where(s => !request.Scope.Allows(s)))
            throw new ArgumentException($"seed {seed} is outside the scope ({request.Scope})");
        foreach (var candidate in request.Candidates.Where(c => !request.Scope.Allows(c)))
            throw new ArgumentException($"swept address {candidate} is outside the scope ({request.Scope})");

        var poller = new DevicePoller(client, request.Poll);
        var known = new HashSet<IPAddress>();
        var owned = new HashSet<IPAddress>(); // the addresses of devices polled so far
        var queue = new Queue<Pending>();
        foreach (var seed in request.Seeds) if (known.Add(seed)) queue.Enqueue(new Pending(seed, 0, Swept: false));
        foreach (var candidate in request.Candidates) if (known.Add(candidate)) queue.Enqueue(new Pending(candidate, 0, Swept: true));
        var snapshots = new List<DeviceSnapshot>();
        var findings = new List<Finding>();
        var credentials = request.Credentials.ToList();
        var running = new Dictionary<Task<PollResult>, Pending>();
        int failed = 0, tried = 0, answered = 0, silent = 0;
        bool completed = true;
        bool HasRoom() => running.Count < request.Concurrency && snapshots.Count + running.Count < request.MaxDevices;
        CrawlProgress ProgressNow(string lastEvent) =>
            new(queue.Count, snapshots.Count, failed, running.Count, lastEvent) { Silent = silent };

        while (queue.Count > 0 || running.Count > 0)
        {
            while (queue.Count > 0 && HasRoom() && !cancellationToken.IsCancellationRequested)
            {
                var next = queue.Dequeue();
                // Another address of a device polled already: polling it again would only find that device again.
                if (next.Swept && owned.Contains(next.Address)) continue;
                if (next.Swept) tried++;
                var stage = progress is null ? null
                    : new Progress<string>(name => progress.Report(ProgressNow($"{next.Address}: {name}")));
                running[poller.PollAsync(next.Address, credentials.ToArray(), stage, cancellationToken)] = next;
            }
            if (running.Count == 0) break;
            var done = await Task.WhenAny(running.Keys).ConfigureAwait(false);
            var pending = running[done];
            running.Remove(done);
            PollResult result;
            try { result = await done.ConfigureAwait(false); }
            catch (OperationCanceledException) { completed = false; continue; }

            var device = result.Snapshot.Device;
            if (pending.Swept && !AnsweredSnmp(result))
            {
                silent++;
                progress?.Report(ProgressNow($"{pending.Address}: no SNMP answer, a host"));
                continue;
            }
            if (pending.Swept) answered++;
            snapshots.Add(result.Snapshot);
            if (device.Status is PollStatus.Unreachable or PollStatus.AuthFailed or PollStatus.TimedOut) failed++;
            if (result.Credential is not null) PreferCredential(credentials, result.Credential, device, findings);
            if (onPolled is not null) await onPolled(result).ConfigureAwait(false);

            owned.Add(pending.Address);
            foreach (var address in device.Addresses.Select(a => a.Address)) { known.Add(address); owned.Add(address); }
            if (pending.Depth < request.MaxDepth)
                foreach (var next in NextAddresses(result.Snapshot, request).Where(request.Scope.Allows).Where(known.Add))
                    queue.Enqueue(new Pending(next, pending.Depth + 1, Swept: false));
            var polledEvent = $"{device.ManagementAddresses.FirstOrDefault()} {device.Name} {device.Status}";
            progress?.Report(ProgressNow(polledEvent));
        }
        if (cancellationToken.IsCancellationRequested || queue.Count > 0) completed = false;
        return new CrawlResult(snapshots, findings, completed) { Candidates = new CandidateTally(tried, answered) };
    }

    /// <summary>Whether an agent answered: with data, or refusing the credentials (an SNMPv3 report). Silence is a host.</summary>
    private static bool AnsweredSnmp(PollResult result) =>
        result.Credential is not null || result.Snapshot.Device.Status == PollStatus.AuthFailed;

    private static IEnumerable<IPAddress> NextAddresses(DeviceSnapshot snapshot, CrawlRequest request)
    {
        foreach (var neighbor in snapshot.Neighbors)
            foreach (var text in neighbor.RemoteManagementAddresses)
                if (IPAddress.TryParse(text, out var address)) yield return address;
        if (request.FollowRouterArp && snapshot.Device.Role is DeviceRole.Router or DeviceRole.Firewall or DeviceRole.L3Switch)
            foreach (var entry in snapshot.Arp) yield return entry.Address;
    }

    /// <summary>Networks use one credential almost everywhere: the one that answered is tried first next time.
    /// A device answering only a community is a finding (Article 14: encrypted management).</summary>
    private static void PreferCredential(
        List<SnmpCredentials> credentials, SnmpCredentials used, Device device, List<Finding> findings)
    {
        credentials.Remove(used);
        credentials.Insert(0, used);
        if (used is not CommunityCredentials community) return;
        string label = device.Name.Length > 0 ? device.Name : device.ManagementAddresses.FirstOrDefault() ?? device.Id;
        string version = community.Version == SnmpVersion.V1 ? "v1" : "v2c";
        var cleartext = $"{label} answered SNMP {version} but not SNMPv3: its management traffic is not encrypted";
        findings.Add(new Finding("snmp-cleartext", FindingSeverity.Warning, cleartext) { Devices = [device.Id] });
        if (community.Community.Reveal() is "public" or "private")
        {
            var defaultCommunity = $"{label} answers a default SNMP community";
            findings.Add(new Finding("snmp-default-community", FindingSeverity.Problem, defaultCommunity) { Devices = [device.Id] });
        }
    }
}

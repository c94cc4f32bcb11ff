namespace NetMapper.Topology;

/// <summary>
/// What the graph itself shows is wrong: addresses used twice, IP conflicts in ARP tables, devices that could not be polled.
/// </summary>
internal static class FindingRules
{
    public static IEnumerable<Finding> Evaluate(IReadOnlyList<Device> devices, IReadOnlyList<ArpEntry> arp, IReadOnlyList<Host> swept)
    {
        var subnetAddresses = devices.SelectMany(d => d.Addresses.Where(SubnetBuilder.IsSubnetAddress).Select(a => (Device: d, a.Address)));
        var duplicates = subnetAddresses.GroupBy(x => x.Address).Where(g => g.Select(x => x.Device.Id).Distinct().Count() > 1);
        foreach (var duplicate in duplicates)
        {
            var names = duplicate.Select(x => x.Device.Label).Distinct().Order(StringComparer.Ordinal).ToArray();
            var message = $"{duplicate.Key} is configured on {string.Join(" and ", names)}";
            yield return new Finding("duplicate-address", FindingSeverity.Problem, message)
            { Devices = duplicate.Select(x => x.Device.Id).Distinct().ToArray(), Values = [duplicate.Key.ToString()] };
        }

        var arpAnswers = arp.Select(a => (a.Address, a.Mac));
        var sweepAnswers = swept.Where(h => h.Address is not null && h.Mac is not null).Select(h => (h.Address!, h.Mac!.Value));
        var conflicts = arpAnswers.Concat(sweepAnswers).Distinct().GroupBy(x => x.Item1).Where(g => g.Count() > 1);
        foreach (var conflict in conflicts)
        {
            var macs = conflict.Select(x => x.Item2.ToString()).Order(StringComparer.Ordinal).ToArray();
            yield return new Finding("ip-conflict", FindingSeverity.Problem,
                $"{conflict.Key} answers from {macs.Length} MAC addresses ({string.Join(", ", macs)}): a duplicate or rogue address")
                { Values = [conflict.Key.ToString(), .. macs] };
        }

        foreach (var device in devices.Where(d => d.Status is PollStatus.Unreachable or PollStatus.AuthFailed or PollStatus.TimedOut))
        {
            var addresses = string.Join(", ", device.ManagementAddresses);
            yield return new Finding($"poll-{device.Status.ToString().ToLowerInvariant()}", FindingSeverity.Warning,
                $"{device.Label} ({addresses}) was not fully polled: {device.Status}") { Devices = [device.Id] };
        }
    }

}

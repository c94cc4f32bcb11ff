namespace NetMapper.Topology;

/// <summary>What the graph itself shows is wrong: addresses used twice, IP conflicts in ARP tables, devices that could not be polled.</summary>
internal static class FindingRules
{
    public static IEnumerable<Finding> Evaluate(IReadOnlyList<Device> devices, IReadOnlyList<ArpEntry> arp, IReadOnlyList<Host> swept)
    {
        foreach (var duplicate in devices.SelectMany(d => d.Addresses.Where(SubnetBuilder.IsSubnetAddress).Select(a => (Device: d, a.Address)))
                     .GroupBy(x => x.Address).Where(g => g.Select(x => x.Device.Id).Distinct().Count() > 1))
        {
            var names = duplicate.Select(x => x.Device.Label).Distinct().Order(StringComparer.Ordinal).ToArray();
            yield return new Finding("duplicate-address", FindingSeverity.Problem, $"{duplicate.Key} is configured on {string.Join(" and ", names)}")
            { Devices = duplicate.Select(x => x.Device.Id).Distinct().ToArray() };
        }

        var conflicts = arp.Select(a => (a.Address, a.Mac)).Concat(swept.Where(h => h.Address is not null && h.Mac is not null).Select(h => (h.Address!, h.Mac!.Value)))
            .Distinct().GroupBy(x => x.Item1).Where(g => g.Count() > 1);
        foreach (var conflict in conflicts)
            yield return new Finding("ip-conflict", FindingSeverity.Problem,
                $"{conflict.Key} answers from {conflict.Count()} MAC addresses ({string.Join(", ", conflict.Select(x => x.Item2.ToString()).Order(StringComparer.Ordinal))}): a duplicate or rogue address");

        foreach (var device in devices.Where(d => d.Status is PollStatus.Unreachable or PollStatus.AuthFailed or PollStatus.TimedOut))
            yield return new Finding($"poll-{device.Status.ToString().ToLowerInvariant()}", FindingSeverity.Warning,
                $"{device.Label} ({string.Join(", ", device.ManagementAddresses)}) was not fully polled: {device.Status}") { Devices = [device.Id] };
    }

}

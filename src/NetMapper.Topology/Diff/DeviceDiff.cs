namespace NetMapper.Topology.Diff;

/// <summary>
/// Devices matched by hardware identity (<see cref="Device.Id"/>): a re-addressed device is changed, not removed and
/// added; a device of the same name with another identity is a chassis replaced in place.
/// </summary>
internal static class DeviceDiff
{
    public static DeviceChanges Compare(TopologyGraph before, TopologyGraph after, DeviceFacts extra)
    {
        var set = KeyedDiff.Compare(before.Devices, after.Devices, d => d.Id, d => d.Label,
            d => Facts(d).Concat(extra(d, DiffSide.Before)), d => Facts(d).Concat(extra(d, DiffSide.After)));
        var replaced = new List<Replacement>();
        var added = set.Added.ToList();
        var removed = set.Removed.ToList();
        foreach (var gone in set.Removed)
        {
            var old = before.Device(gone.Key)!;
            if (old.Name.Length == 0) continue;
            var successor = added.FirstOrDefault(a => after.Device(a.Key)!.Name == old.Name);
            if (successor is null) continue;
            var now = after.Device(successor.Key)!;
            var fields = KeyedDiff.Fields([("id", old.Id), .. Facts(old), .. extra(old, DiffSide.Before)],
                [("id", now.Id), .. Facts(now), .. extra(now, DiffSide.After)]);
            replaced.Add(new Replacement(old.Name, old.Id, now.Id, fields));
            added.Remove(successor);
            removed.Remove(gone);
        }
        // A new serial where the hardware id is a MAC kept by the replacement (or an id other than the serial) is
        // still a chassis swapped in place.
        var changed = set.Changed.ToList();
        foreach (var change in set.Changed.Where(SerialReplaced))
        {
            replaced.Add(new Replacement(change.Label, change.Key, change.Key, change.Fields));
            changed.Remove(change);
        }
        return new DeviceChanges(added, removed, changed, replaced.OrderBy(r => r.Name, StringComparer.Ordinal).ToList());
    }

    private static bool SerialReplaced(ItemChange change) =>
        change.Fields.Any(f => f.Field == "serial" && f.Before is not null && f.After is not null);

    private static IEnumerable<(string Field, string Value)> Facts(Device d) =>
    [
        ("name", d.Name), ("vendor", d.Vendor), ("model", d.Model), ("serial", d.Serial), ("osVersion", $"{d.OsName} {d.OsVersion}".Trim()),
        ("role", Spelling.Of(d.Role)),
        ("managementAddress", d.ManagementAddresses.FirstOrDefault() ?? ""),
    ];
}

/// <summary>Which scan of the two a device is read from.</summary>
public enum DiffSide { Before, After }

/// <summary>Facts about a device that other layers know (its zone, its lifecycle status), compared like its own.</summary>
public delegate IEnumerable<(string Field, string Value)> DeviceFacts(Device device, DiffSide side);

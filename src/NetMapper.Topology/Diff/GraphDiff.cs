namespace NetMapper.Topology.Diff;

/// <summary>One field of an item that differs between two scans.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>An item present in one scan only: its stable key (device id, "a|port~b|port", prefix) and what people read.</summary>
public sealed record DiffItem(string Key, string Label);

/// <summary>An item present in both scans whose fields differ.</summary>
public sealed record ItemChange(string Key, string Label, IReadOnlyList<FieldChange> Fields);

/// <summary>What was added, removed and changed among one kind of item.</summary>
public sealed record ChangeSet(IReadOnlyList<DiffItem> Added, IReadOnlyList<DiffItem> Removed, IReadOnlyList<ItemChange> Changed)
{
    public static readonly ChangeSet None = new([], [], []);

    public bool IsEmpty => Added.Count + Removed.Count + Changed.Count == 0;
}

/// <summary>A chassis swapped in place: a device of the same name with another hardware identity.</summary>
public sealed record Replacement(string Name, string BeforeId, string AfterId, IReadOnlyList<FieldChange> Fields);

/// <summary>Devices: as <see cref="ChangeSet"/>, plus the chassis replaced in place (not counted as added and removed).</summary>
public sealed record DeviceChanges(IReadOnlyList<DiffItem> Added, IReadOnlyList<DiffItem> Removed, IReadOnlyList<ItemChange> Changed,
    IReadOnlyList<Replacement> Replaced)
{
    public bool IsEmpty => Added.Count + Removed.Count + Changed.Count + Replaced.Count == 0;
}

/// <summary>Findings that appeared or went away.</summary>
public sealed record FindingChanges(IReadOnlyList<DiffItem> New, IReadOnlyList<DiffItem> Resolved)
{
    public bool IsEmpty => New.Count + Resolved.Count == 0;
}

/// <summary>Everything that differs between two scans, each item matched by identity, never by address.</summary>
public sealed record GraphDiff(int From, int To, DeviceChanges Devices, ChangeSet Links, ChangeSet Subnets, ChangeSet Vlans,
    ChangeSet Routes, ChangeSet Hosts, FindingChanges Findings)
{
    public bool IsEmpty => Devices.IsEmpty && Links.IsEmpty && Subnets.IsEmpty && Vlans.IsEmpty && Routes.IsEmpty && Hosts.IsEmpty
        && Findings.IsEmpty;
}

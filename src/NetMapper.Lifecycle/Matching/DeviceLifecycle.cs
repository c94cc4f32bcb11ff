namespace NetMapper.Lifecycle.Matching;

/// <summary>
/// A device's lifecycle in one word, for badges, the device record and the scan summary: the most urgent status of
/// its chassis, modules and OS, with the date support ends for that status.
/// </summary>
public sealed record DeviceLifecycle(string DeviceId, LifecycleStatus Status, DateOnly? UnsupportedOn)
{
    /// <summary>Most urgent first; unknown ranks above supported, because someone has to find out.</summary>
    public static int Urgency(LifecycleStatus status) => status switch
    {
        LifecycleStatus.EndOfSupport => 0,
        LifecycleStatus.WithinHorizon => 1,
        LifecycleStatus.EndOfSale => 2,
        LifecycleStatus.Unknown => 3,
        _ => 4,
    };

    public static IReadOnlyDictionary<string, DeviceLifecycle> ByDevice(IEnumerable<LifecycleRow> rows) =>
        rows.GroupBy(r => r.Device.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, Summarise, StringComparer.Ordinal);

    /// <summary>The device's last date of support: its chassis row's (what an auditor means by "the device").</summary>
    public static DateOnly? ChassisSupportEnd(IEnumerable<LifecycleRow> rows) =>
        rows.FirstOrDefault(r => r.Component == LifecycleComponent.Chassis && r.ComponentName.Length == 0)?.UnsupportedOn;

    private static DeviceLifecycle Summarise(IGrouping<string, LifecycleRow> rows)
    {
        var worst = rows.MinBy(r => (Urgency(r.Status), r.UnsupportedOn ?? DateOnly.MaxValue))!;
        return new DeviceLifecycle(rows.Key, worst.Status, worst.UnsupportedOn);
    }
}

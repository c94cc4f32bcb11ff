using NetMapper.Diagrams;
using NetMapper.Lifecycle;
using NetMapper.Lifecycle.Matching;
using NetMapper.Topology;

namespace NetMapper.Application.Reporting;

/// <summary>The diagrams' badges from the assessed rows: red past end of support, amber within the horizon, with the date.</summary>
internal sealed class LifecycleMarks(IEnumerable<LifecycleRow> rows) : ILifecycleMarks
{
    private readonly IReadOnlyDictionary<string, DeviceLifecycle> devices = DeviceLifecycle.ByDevice(rows);

    public LifecycleMark? MarkOf(Device device)
    {
        if (!devices.TryGetValue(device.Id, out var lifecycle)) return null;
        string date = lifecycle.UnsupportedOn is { } d ? " " + IsoDate.Format(d) : "";
        return lifecycle.Status switch
        {
            LifecycleStatus.EndOfSupport => new LifecycleMark(LifecycleState.PastEndOfSupport, "EoS" + date),
            LifecycleStatus.WithinHorizon => new LifecycleMark(LifecycleState.WithinHorizon, "EoS" + date),
            _ => null,
        };
    }
}

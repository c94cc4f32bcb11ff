using NetMapper.Topology;

namespace NetMapper.Diagrams;

public enum LifecycleState
{
    /// <summary>Past end of support (or end of sale with no replacement plan): a red EOL badge.</summary>
    PastEndOfSupport,
    /// <summary>Reaches end of support within the plan horizon: an amber warning badge.</summary>
    WithinHorizon,
}

/// <summary>What the lifecycle catalog says about a device, as the diagram shows it ("EoS 2022-10-31").</summary>
public sealed record LifecycleMark(LifecycleState State, string Text);

/// <summary>
/// Where badges come from: the lifecycle catalog implements this. A device it says nothing about gets no badge, and
/// without lifecycle data (<see cref="NoLifecycleData"/>) no device does: the diagram never guesses.
/// </summary>
public interface ILifecycleMarks
{
    LifecycleMark? MarkOf(Device device);
}

public sealed class NoLifecycleData : ILifecycleMarks
{
    public static readonly NoLifecycleData Instance = new();
    public LifecycleMark? MarkOf(Device device) => null;
}

using NetMapper.Application.Reporting;
using NetMapper.Application.Stored;
using NetMapper.Topology.Diff;

namespace NetMapper.Application.Changes;

/// <summary>A scan to draw with what changed since an earlier one marked: the later scan with the removed parts put back,
/// and the diff the marks come from.</summary>
public sealed record ChangesDrawing(LoadedScan Merged, ChangeMarks Marks, GraphDiff Diff);

using NetMapper.Application.Reporting;
using NetMapper.Application.Stored;

namespace NetMapper.Application.Changes;

/// <summary>A scan to draw with what changed since an earlier one marked: the later scan with the removed parts put back.</summary>
public sealed record ChangesDrawing(LoadedScan Merged, ChangeMarks Marks);

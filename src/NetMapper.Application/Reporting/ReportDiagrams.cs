using NetMapper.Application.Stored;
using NetMapper.Diagrams;
using NetMapper.Report;
using NetMapper.Zones;

namespace NetMapper.Application.Reporting;

/// <summary>
/// The diagrams of the report, drawn by the same code as <c>netmapper diagram</c>: the physical view, the logical view
/// and a page per zone, each as its SVG. In a report of changes the logical view is the later scan's as it is: changes
/// are marked on physical things only, and what was removed has no place in today's routing.
/// </summary>
internal static class ReportDiagrams
{
    public static IReadOnlyList<ReportDiagram> Draw(LoadedScan scan, string db, ZoneMap zones, ILifecycleMarks badges,
        DiagramContext context, ChangeMarks? changes, DrawnScan? later = null)
    {
        // The placement stored with the scan, read only: the report never writes to the database.
        var hints = LayoutHints.Parse(LayoutHints.Load(db, scan.Info.Id).Json);
        var diagrams = new List<ReportDiagram>();
        foreach (var view in DiagramBook.Views)
        {
            bool unmarked = changes is not null && view == "logical" && later is not null;
            var (pages, _) = unmarked
                ? DiagramBook.Build(view, later!.Scan.Graph, later.Zones, badges, later.Context, hints, null)
                : DiagramBook.Build(view, scan.Graph, zones, badges, context, hints, changes?.Marks);
            foreach (var page in pages)
            {
                string title = context.Text.ViewTitle(view) + (page.Context.Subtitle.Length > 0 ? $": {page.Context.Subtitle}" : "");
                string id = page.Suffix.Length > 0 ? $"{view}-{page.Suffix}" : view;
                // The XML declaration is for a file of its own; inside a page it is not allowed.
                var svg = SvgWriter.Build(page.Layout, page.Context).ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
                diagrams.Add(new ReportDiagram(id, title, svg) { Zone = view == "zones" ? page.Suffix : null });
            }
        }
        return diagrams;
    }
}

/// <summary>The later scan of a report of changes, with its own zones and title block, for the views drawn unmarked.</summary>
internal sealed record DrawnScan(LoadedScan Scan, ZoneMap Zones, DiagramContext Context);

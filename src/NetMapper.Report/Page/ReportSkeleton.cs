using System.Text;

namespace NetMapper.Report;

/// <summary>
/// The page's frame, written with its words so it reads before any script runs: the header with the zone filter and the
/// tabs, the three sections the script fills, and the device panel. Every word of the page's own carries its key
/// (data-l), so a check can tell a label from data.
/// </summary>
internal static class ReportSkeleton
{
    public static string Html(ReportModel model)
    {
        var l = model.Labels;
        string L(string key) => $"data-l=\"{key}\">{ReportPage.Encode(l[key])}";
        var html = new StringBuilder();
        html.Append("<header><h1 ").Append(L("title")).Append("</h1>");
        html.Append("<div class=\"filters\"><label for=\"zone\" ").Append(L("zone.label")).Append("</label>");
        html.Append("<select id=\"zone\"><option value=\"\" ").Append(L("zone.all")).Append("</option>");
        foreach (var zone in model.Zones)
            html.Append("<option value=\"").Append(ReportPage.Encode(zone.Id)).Append("\">")
                .Append(ReportPage.Encode(zone.Name)).Append("</option>");
        html.Append("</select></div>");
        // The search is the page's, not a table's: typing shows the tables, each tab counting its matches.
        html.Append("<div class=\"filters\"><label for=\"search\" ").Append(L("search.label"))
            .Append("</label><input id=\"search\" type=\"search\" autocomplete=\"off\" placeholder=\"")
            .Append(ReportPage.Encode(l["search.placeholder"])).Append("\"></div>");
        html.Append("<nav role=\"tablist\">");
        foreach (var tab in new[] { "overview", "diagrams", "tables" })
            html.Append("<button type=\"button\" role=\"tab\" data-tab=\"").Append(tab).Append("\" ")
                .Append(L("tab." + tab)).Append("</button>");
        html.Append("</nav><p class=\"offline\" ").Append(L("offline")).Append("</p></header>\n<main>\n");
        html.Append("<section id=\"overview\" data-section=\"overview\"></section>\n");
        html.Append("<section id=\"diagrams\" data-section=\"diagrams\" hidden><div class=\"toolbar\"><label for=\"diagram\" ")
            .Append(L("diagram.view")).Append("</label><select id=\"diagram\"></select>")
            // The library's own buttons are drawn in English ("RESET"): the page has its own, in the report's language.
            .Append("<button type=\"button\" id=\"zoom-in\" ").Append(L("diagram.zoomIn")).Append("</button>")
            .Append("<button type=\"button\" id=\"zoom-out\" ").Append(L("diagram.zoomOut")).Append("</button>")
            .Append("<button type=\"button\" id=\"fit\" ").Append(L("diagram.fit")).Append("</button>")
            .Append("<span class=\"hint\" ").Append(L("diagram.hint"))
            .Append("</span></div><div id=\"canvas\"></div></section>\n");
        html.Append("<section id=\"tables\" data-section=\"tables\" hidden><div class=\"subtabs\" role=\"tablist\"></div>")
            .Append("<div class=\"toolbar\">");
        if (model.Changes is not null)
            html.Append("<label class=\"only\"><input type=\"checkbox\" id=\"changes-only\"> <span ")
                .Append(L("change.only")).Append("</span></label>");
        html.Append("<button type=\"button\" id=\"csv\" ").Append(L("csv")).Append("</button><span class=\"hint\" ")
            .Append(L("sort.hint")).Append("</span></div><div id=\"table\"></div><div class=\"pager\">")
            .Append("<button type=\"button\" id=\"prev\" ").Append(L("page.prev")).Append("</button><span id=\"rows\"></span>")
            .Append("<button type=\"button\" id=\"next\" ").Append(L("page.next")).Append("</button></div></section>\n");
        html.Append("</main>\n<aside id=\"panel\" hidden><button type=\"button\" id=\"close\" ").Append(L("panel.close"))
            .Append("</button><div id=\"panel-body\"></div></aside>\n");
        return html.ToString();
    }
}

using System.Xml.Linq;
using NetMapper.Diagrams;

namespace NetMapper.Cli.Tests;

/// <summary>Reads the demo's diagrams as paper shows them: text sizes per page, the PDFs' pages, VLAN colours, legends.</summary>
internal static class SamplePrint
{
    public static void Check(string diagramDir)
    {
        foreach (var view in DiagramBook.Views)
        {
            var svgs = Directory.GetFiles(diagramDir, $"netmapper-{view}-scan1*.svg").Order(StringComparer.Ordinal).ToArray();
            Assert.NotEmpty(svgs);
            int planned = 0;
            foreach (var file in svgs)
            {
                var svg = XElement.Load(file);
                var plan = RasterWriter.Plan(File.ReadAllText(file), PrintSettings.Default.Paper);
                planned += plan.Pages.Count;
                var small = PrintChecks.TextTooSmall(svg, plan);
                Assert.True(small is [], $"{Path.GetFileName(file)}: {string.Join("; ", small.Take(5))}");
                var alike = PrintChecks.VlansHardToTellApart(svg);
                Assert.True(alike is [], $"{Path.GetFileName(file)}: {string.Join("; ", alike)}");
                LegendExplainsTheBoxes(svg, Path.GetFileName(file));
            }
            // the PDF holds exactly the planned pages: the plan checked above is what prints
            Assert.Equal(planned, PrintChecks.PdfPageSizes(Path.Combine(diagramDir, $"netmapper-{view}-scan1.pdf")).Count);
        }
    }

    /// <summary>A grey box (another zone's device) and a dashed one (not polled) each have their legend entry.</summary>
    private static void LegendExplainsTheBoxes(XElement svg, string file)
    {
        var legend = svg.Descendants().Select(e => (string?)e.Attribute("data-legend-item")).OfType<string>().ToHashSet();
        var nodes = svg.Descendants().Where(e => e.Attribute("data-node") is not null).ToArray();
        if (nodes.Any(n => (string?)n.Attribute("data-connector") == "true")) Assert.True(legend.Contains("other-zone"), file);
        if (nodes.Any(n => (string?)n.Attribute("data-unconfirmed") == "true")) Assert.True(legend.Contains("unconfirmed"), file);
    }
}

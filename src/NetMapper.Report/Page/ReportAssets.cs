using System.Reflection;

namespace NetMapper.Report;

/// <summary>The script, style and vendored library the page inlines, embedded in this assembly at build time.</summary>
internal static class ReportAssets
{
    /// <summary>The report's scripts, in the order they run: the libraries first, the page's start last.</summary>
    public static readonly string[] Scripts = ["util.js", "tables.js", "diagrams.js", "panel.js", "app.js"];

    public static string Style => Read("NetMapper.Report.assets.report.css");

    public static string Script(string name) => Read("NetMapper.Report.assets." + name);

    /// <summary>svg-pan-zoom 3.6.2 with its BSD licence in front of it, as the licence asks of a redistribution.</summary>
    public static string PanZoom =>
        $"/*! svg-pan-zoom 3.6.2 (npm), BSD-2-Clause:\n{Read("NetMapper.Report.vendor.svg-pan-zoom.LICENSE").Replace("*/", "* /")}\n*/\n"
        + Read("NetMapper.Report.vendor.svg-pan-zoom.js");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the report asset '{name}' is not embedded in NetMapper.Report");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

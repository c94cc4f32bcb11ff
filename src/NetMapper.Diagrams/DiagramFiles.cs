namespace NetMapper.Diagrams;

/// <summary>Writes the pages of a view in each format asked for; PDF and draw.io hold every page in one file.</summary>
public static class DiagramFiles
{
    public static readonly string[] Formats = ["svg", "png", "pdf", "drawio", "graphml", "dot"];

    public static IReadOnlyList<string> Write(IReadOnlyList<DiagramPage> pages, string directory, string baseName,
        IReadOnlyCollection<string> formats, PrintSettings? print = null)
    {
        print ??= PrintSettings.Default;
        // a scan with no devices has no zones, so no zone pages: nothing to write
        if (pages.Count == 0) return [];
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var svgs = pages.Select(p => SvgWriter.ToXml(SvgWriter.Build(p.Layout, p.Context))).ToArray();
        string PathOf(DiagramPage page, string ext)
        {
            string suffix = page.Suffix.Length > 0 ? "-" + page.Suffix : "";
            return Path.Combine(directory, $"{baseName}{suffix}.{ext}");
        }
        string Single(string ext) => Path.Combine(directory, $"{baseName}.{ext}");
        foreach (var format in Formats.Where(formats.Contains))
        {
            switch (format)
            {
                case "svg":
                    for (int i = 0; i < pages.Count; i++)
                        written.Add(Save(PathOf(pages[i], "svg"), path => File.WriteAllText(path, svgs[i])));
                    break;
                case "png":
                    for (int i = 0; i < pages.Count; i++)
                        written.Add(Save(PathOf(pages[i], "png"), path => RasterWriter.WritePng(svgs[i], path, print.Dpi)));
                    break;
                case "pdf":
                    string title = pages[0].Context.Text.ViewTitle(pages[0].Layout.Graph.View);
                    written.Add(Save(Single("pdf"), path => RasterWriter.WritePdf(svgs, path, title, print.Paper)));
                    break;
                case "drawio":
                    written.Add(Save(Single("drawio"), path => File.WriteAllText(path, DrawioWriter.Write(pages))));
                    break;
                case "graphml":
                    foreach (var page in pages)
                    {
                        string graphMl = GraphMlWriter.Write(page.Layout, page.Context.Text);
                        written.Add(Save(PathOf(page, "graphml"), path => File.WriteAllText(path, graphMl)));
                    }
                    break;
                case "dot":
                    foreach (var page in pages)
                    {
                        string dot = DotWriter.Write(page.Layout.Graph, page.Context.Text);
                        written.Add(Save(PathOf(page, "dot"), path => File.WriteAllText(path, dot)));
                    }
                    break;
            }
        }
        return written;
    }

    /// <summary>Writes to a temporary file first, so a failed write never leaves half a file under the real name.</summary>
    private static string Save(string path, Action<string> write)
    {
        string temporary = path + ".partial";
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new DiagramException(DiagramFailure.Unwritable,
                $"cannot write '{path}': {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
        }
    }
}

using System.IO.Compression;
using System.Text;

namespace NetMapper.Report;

/// <summary>
/// The whole report as one HTML page: the policy that forbids any request, the style, the model as JSON and each
/// diagram's SVG in inert blocks, and the scripts that make it a page. The blocks are gzip in base64, which the
/// browser itself inflates (DecompressionStream): a 500-device network's 10 MB of JSON and SVG fit in under 1 MB.
/// </summary>
public static class ReportPage
{
    public static string Write(ReportModel model)
    {
        var scripts = ReportAssets.Scripts.Select(ReportAssets.Script).Prepend(ReportAssets.PanZoom).ToArray();
        var text = model.Labels;
        var html = new StringBuilder(1 << 20);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(model.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy.For(scripts)).Append("\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        string whose = model.Organisation.Length > 0 ? $"{model.Organisation} · " : "";
        html.Append("<title>").Append(Encode($"{whose}{text["title"]} #{ScanNumber(model)}")).Append("</title>\n");
        html.Append("<style>\n").Append(ReportAssets.Style).Append("</style>\n</head>\n<body>\n");
        html.Append(ReportSkeleton.Html(model));
        html.Append(Block("report-data", "application/json", ReportJson.Of(model)));
        // Inert until drawn: a diagram's SVG is inflated and parsed only when its page is first shown.
        foreach (var (diagram, i) in model.Diagrams.Select((d, i) => (d, i)))
            html.Append(Block($"svg-{i}", "image/svg+xml", diagram.Svg));
        foreach (var script in scripts) html.Append("<script>").Append(script).Append("</script>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string ScanNumber(ReportModel model) => model.Changes is { } c ? $"{c.From}→{c.To}" : $"{model.Scan}";

    /// <summary>Text for an element or a quoted attribute; the page is UTF-8, so nothing else needs an entity.</summary>
    internal static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>A data block the script inflates: base64 cannot end the element early, whatever the data says.</summary>
    private static string Block(string id, string content, string text) =>
        $"<script type=\"application/gzip\" data-content=\"{content}\" id=\"{id}\">{Gzip(text)}</script>\n";

    private static string Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return Convert.ToBase64String(buffer.ToArray());
    }
}

using System.Text.Json;

namespace NetMapper.Lifecycle.Import;

/// <summary>
/// An endoflife.date API v1 product (/api/v1/products/NAME): {"result": {"name", "category", "labels", "links",
/// "releases": [{"name", "label", "isEoas", "eoasFrom", "isEol", "eolFrom", "isDiscontinued", "discontinuedFrom",
/// "latest": {"name", "link"}}]}}. The older API (/api/NAME.json) is not read: it renames and inverts eoas.
/// </summary>
internal static class EndOfLifeJson
{
    public static EndOfLifeProduct Read(string text, string file)
    {
        using var document = ImportJson.Parse(text, file);
        if (document.RootElement.Member("result") is not { ValueKind: JsonValueKind.Object } result)
            throw ImportSource.Invalid(file, "", "result", "missing or not an object: not an endoflife.date API v1 product");
        var permalink = result.Text("name");
        if (permalink.Length == 0) throw ImportSource.Invalid(file, "", "result.name", "missing");
        var labels = result.Member("labels") ?? default;
        var url = result.Member("links")?.Text("html") is { Length: > 0 } html ? html : $"https://endoflife.date/{permalink}";
        var releases = new List<EndOfLifeRelease>();
        if (result.Member("releases") is { ValueKind: JsonValueKind.Array } list)
        {
            var index = 0;
            foreach (var release in list.EnumerateArray()) releases.Add(Release(release, file, $"result.releases[{index++}]"));
        }
        return new EndOfLifeProduct(file, permalink, result.Text("category"), labels.Text("eol"), labels.Text("eoas"), url,
            releases);
    }

    private static EndOfLifeRelease Release(JsonElement release, string file, string path)
    {
        var name = release.Text("name");
        if (name.Length == 0) throw ImportSource.Invalid(file, "", $"{path}.name", "missing");
        var latest = release.Member("latest") ?? default;
        return new EndOfLifeRelease(name, release.Text("label"), latest.Text("name"), latest.Text("link"), 0,
            Milestone(release, "isEoas", "eoasFrom", file, path), Milestone(release, "isEol", "eolFrom", file, path),
            Milestone(release, "isDiscontinued", "discontinuedFrom", file, path));
    }

    /// <summary>The date where there is one; else reached (is... true, no date) or not.</summary>
    private static EndOfLifeValue Milestone(JsonElement release, string flag, string from, string file, string path)
    {
        var text = release.Text(from);
        if (text.Length == 0) return release.Flag(flag) ? EndOfLifeValue.Reached : EndOfLifeValue.None;
        if (ImportDates.TryParseIso(text, out var date)) return EndOfLifeValue.On(date);
        throw ImportSource.Invalid(file, "", $"{path}.{from}", $"'{text}' is not a date (YYYY-MM-DD)");
    }
}

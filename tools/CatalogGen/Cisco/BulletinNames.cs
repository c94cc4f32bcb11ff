using System.Text;
using System.Text.RegularExpressions;

namespace NetMapper.Tools.CatalogGen.Cisco;

/// <summary>Bulletin ids as the catalog shows them and as they appear in entry ids.</summary>
internal static partial class BulletinNames
{
    /// <summary>"EOL14568 – Amended" (en dash, odd spaces) becomes "EOL14568 - Amended".</summary>
    public static string Display(string bulletinId)
    {
        var dashes = bulletinId.Replace('\u2013', '-').Replace('\u2014', '-');
        return Spaces().Replace(dashes, " ").Trim();
    }

    /// <summary>
    /// The part of an entry id that names the bulletin: "EOL14529 - Amended" gives "eol14529", as does "EOL14529", so
    /// an id stays when Cisco amends its bulletin; a row without a bulletin id is named after its page.
    /// </summary>
    public static string IdPart(string bulletin, string url) =>
        Slug(bulletin.Length > 0 ? Amended().Replace(bulletin, "") : PageName(url));

    /// <summary>Lower case, every run of other characters one hyphen: "EOL14529 - Amended" gives "eol14529-amended".</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().TrimEnd('-');
    }

    /// <summary>The last part of a bulletin page's address, for the few rows the CSV gives no bulletin id.</summary>
    public static string PageName(string url)
    {
        var path = url.Split('?', '#')[0].TrimEnd('/');
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? name[..^5] : name;
    }

    [GeneratedRegex(@"\s*-\s*Amended\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Amended();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

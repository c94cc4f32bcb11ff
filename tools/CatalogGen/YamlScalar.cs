using System.Text;
using System.Text.RegularExpressions;

namespace NetMapper.Tools.CatalogGen;

/// <summary>
/// Writes strings as YAML scalars: plain where no YAML 1.1 or 1.2 reader could take them for anything but that
/// string, double-quoted otherwise (patterns with <c>*</c>, product IDs starting with a digit, yes/no/null...).
/// </summary>
internal static partial class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf",
    };

    /// <summary>A value inside a flow sequence (product IDs, sysObjectIDs).</summary>
    public static string Flow(string value) =>
        (PlainFlow().IsMatch(value) || DottedNumber().IsMatch(value)) && !Reserved.Contains(value) ? value : Quoted(value);

    /// <summary>A value of a block mapping key (ids, series names, bulletin ids, URLs).</summary>
    public static string Block(string value) =>
        (PlainBlock().IsMatch(value) || Url().IsMatch(value)) && !Reserved.Contains(value) ? value : Quoted(value);

    public static string Quoted(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9._/+-]*$")]
    private static partial Regex PlainFlow();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+){2,}$")]
    private static partial Regex DottedNumber();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9._/+()&-]*( [A-Za-z0-9._/+()&-]+)*$")]
    private static partial Regex PlainBlock();

    [GeneratedRegex(@"^https://[A-Za-z0-9._~/%+-]+$")]
    private static partial Regex Url();
}

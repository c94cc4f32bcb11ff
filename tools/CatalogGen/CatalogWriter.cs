using System.Globalization;
using System.Text;

namespace NetMapper.Tools.CatalogGen;

/// <summary>
/// Writes a catalog as <c>netmapper-lifecycle/1</c> YAML: block mappings, flow sequences wrapped at
/// <see cref="Width"/> columns, LF line ends, no timestamps, so the same items always give the same bytes.
/// </summary>
internal static class CatalogWriter
{
    private const int Width = 118;

    public static string Write(CatalogFile file)
    {
        var sb = new StringBuilder();
        foreach (var line in file.HeaderComment) sb.Append("# ").Append(line).Append('\n');
        sb.Append("format: netmapper-lifecycle/1\n");
        sb.Append("vendor: ").Append(YamlScalar.Block(file.Vendor)).Append('\n');
        sb.Append("hardware:\n");
        foreach (var section in file.Sections)
        {
            foreach (var line in section.Comment) sb.Append("  # ").Append(line).Append('\n');
            foreach (var item in section.Items) WriteItem(sb, item);
        }
        return sb.ToString();
    }

    private static void WriteItem(StringBuilder sb, HardwareItem item)
    {
        sb.Append("  - id: ").Append(YamlScalar.Block(item.Id)).Append('\n');
        if (item.Series.Length > 0) sb.Append("    series: ").Append(YamlScalar.Block(item.Series)).Append('\n');
        WriteFlowList(sb, "products", item.Products);
        if (item.SysObjectIds.Count > 0) WriteFlowList(sb, "sysObjectIds", item.SysObjectIds);
        sb.Append("    milestones:\n");
        foreach (var (key, date) in item.Milestones.Present())
            sb.Append("      ").Append(key).Append(": ").Append(Date(date)).Append('\n');
        sb.Append("    source:\n");
        if (item.Source.Bulletin.Length > 0)
            sb.Append("      bulletin: ").Append(YamlScalar.Block(item.Source.Bulletin)).Append('\n');
        sb.Append("      url: ").Append(YamlScalar.Block(item.Source.Url)).Append('\n');
        sb.Append("      checked: ").Append(Date(item.Source.Checked)).Append('\n');
    }

    /// <summary><c>key: [a, b,</c> continued on lines indented under the key, none longer than the width.</summary>
    private static void WriteFlowList(StringBuilder sb, string key, IReadOnlyList<string> values)
    {
        const string continuation = "      ";
        var line = new StringBuilder("    ").Append(key).Append(": [");
        for (var i = 0; i < values.Count; i++)
        {
            var token = YamlScalar.Flow(values[i]) + (i < values.Count - 1 ? "," : "]");
            var opening = line[^1] == '[';
            if (!opening && line.Length + 1 + token.Length > Width)
            {
                sb.Append(line).Append('\n');
                line.Clear().Append(continuation);
            }
            else if (!opening) line.Append(' ');
            line.Append(token);
        }
        sb.Append(line).Append('\n');
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

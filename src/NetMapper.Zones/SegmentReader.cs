using NetMapper.YamlFiles;

namespace NetMapper.Zones;

/// <summary>
/// A zone's <c>segments:</c>, each a subnet or a VLAN with its purpose, and for a line to the outside whether it is the
/// primary or the backup line: <c>{ subnet: 203.0.113.4/30, line: backup, purpose: { en: ..., zh-TW: ... } }</c>.
/// </summary>
internal static class SegmentReader
{
    private static readonly string[] Keys = ["subnet", "vlan", "purpose", "line"];

    public static IReadOnlyList<SegmentPurpose> Read(NodeFields zone)
    {
        var segments = new List<SegmentPurpose>();
        foreach (var (node, path) in zone.Items("segments"))
        {
            var fields = new NodeFields(node, path, zone.Problems, Keys);
            int before = fields.Problems.Count;
            if (fields.Has("subnet") == fields.Has("vlan"))
                fields.Problems.Add(fields.Line, fields.Field(""), "name the segment by subnet or by vlan, one of them");
            var subnet = fields.Has("subnet") ? ZonePolicyReader.Prefix(fields, "subnet", fields.Text("subnet")) : null;
            int? vlan = fields.Has("vlan") ? ZonePolicyReader.Vlan(fields, "vlan", fields.Text("vlan")) : null;
            if (!fields.Has("purpose")) fields.Problems.Add(fields.Line, fields.Field("purpose"), "a segment needs a purpose");
            var purpose = ZonePolicyReader.Text(fields, "purpose");
            var line = fields.Has("line") ? Line(fields) : null;
            if (fields.Problems.Count == before) segments.Add(new SegmentPurpose(subnet, vlan, purpose) { Line = line });
        }
        return segments;
    }

    private static LineRole? Line(NodeFields fields)
    {
        string word = fields.Text("line");
        if (word is "primary") return LineRole.Primary;
        if (word is "backup") return LineRole.Backup;
        fields.Problems.Add(fields.LineOf("line"), fields.Field("line"), $"'{word}' must be primary or backup");
        return null;
    }
}

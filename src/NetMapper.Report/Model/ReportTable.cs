using System.Text.Json.Serialization;

namespace NetMapper.Report;

/// <summary>How a column sorts and is searched: an address sorts by its bytes, a MAC is found in any notation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ColumnKind>))]
public enum ColumnKind
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("number")] Number,
    [JsonStringEnumMemberName("ip")] Ip,
    [JsonStringEnumMemberName("mac")] Mac,
}

/// <summary>How an item differs from the earlier scan in a report of changes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RowChange>))]
public enum RowChange
{
    [JsonStringEnumMemberName("added")] Added,
    [JsonStringEnumMemberName("changed")] Changed,
    [JsonStringEnumMemberName("removed")] Removed,
}

public sealed record ReportColumn(string Title, ColumnKind Kind = ColumnKind.Text);

/// <summary>
/// A row: its cells, the device a click opens, the zones the zone filter keeps it for, and its change. Short names in
/// the JSON: a 2,000-device network has tens of thousands of rows.
/// </summary>
public sealed record ReportRow([property: JsonPropertyName("c")] IReadOnlyList<string> Cells)
{
    [JsonPropertyName("d")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Device { get; init; }

    [JsonPropertyName("z")]
    public IReadOnlyList<string> Zones { get; init; } = [];

    [JsonPropertyName("m")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RowChange? Change { get; init; }
}

/// <summary>A table of the page (devices, links, hosts...) or of a device's panel (interfaces, VLANs...).</summary>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows);

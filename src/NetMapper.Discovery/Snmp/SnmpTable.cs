using NetMapper.Snmp;

namespace NetMapper.Discovery.Snmp;

/// <summary>A conceptual table read column by column: rows keyed by their index (the OID arcs after the column).</summary>
public sealed class SnmpTable
{
    private readonly SortedDictionary<string, TableRow> _rows = new(StringComparer.Ordinal);

    public IEnumerable<TableRow> Rows => _rows.Values.OrderBy(r => r.IndexOid);
    public int Count => _rows.Count;

    internal void Add(uint column, ReadOnlySpan<uint> index, SnmpValue value)
    {
        var key = string.Join('.', index.ToArray());
        if (!_rows.TryGetValue(key, out var row)) _rows[key] = row = new TableRow(index.ToArray());
        row.Cells[column] = value;
    }
}

/// <summary>One row: its index arcs and the cells read.</summary>
public sealed class TableRow(uint[] index)
{
    public IReadOnlyList<uint> Index { get; } = index;
    internal Dictionary<uint, SnmpValue> Cells { get; } = [];

    /// <summary>The index as an OID (for ordering); a single-arc index is padded so it stays valid.</summary>
    internal Oid IndexOid => Oid.FromArcs(Index.Count == 0 ? [0u] : Index.ToArray());

    public SnmpValue? this[uint column] => Cells.GetValueOrDefault(column);

    public string Text(uint column) => Cells.GetValueOrDefault(column) switch
    {
        OctetStringValue s => s.Text,
        IntegerValue i => i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        UnsignedValue u => u.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        OidValue o => o.Value.ToString(),
        IpAddressValue ip => ip.FormatValue(),
        _ => "",
    };

    public byte[] Bytes(uint column) => Cells.GetValueOrDefault(column) switch
    {
        OctetStringValue s => s.Octets.ToArray(),
        IpAddressValue ip => ip.Octets.ToArray(),
        _ => [],
    };

    public long? Number(uint column) => Cells.GetValueOrDefault(column) switch
    {
        IntegerValue i => i.Value,
        UnsignedValue u => (long)Math.Min(u.Value, long.MaxValue),
        TimeTicksValue t => t.Ticks,
        _ => null,
    };

    public Oid? OidValue(uint column) => Cells.GetValueOrDefault(column) is OidValue o ? o.Value : null;
}

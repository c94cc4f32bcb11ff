using System.Globalization;
using System.Text;
using NetMapper.Snmp;

namespace NetMapper.Testing;

/// <summary>An OID, a type and a canonical value text, so that our varbinds and net-snmp's printed ones compare directly.
/// Octet strings compare as hex; numbers as decimal.</summary>
public sealed record ComparableVarbind(string Oid, string Type, string Value)
{
    /// <summary>Values that move between two walks of a live agent: counters, gauges, clocks, and
    /// snmpEngineTime, an INTEGER of seconds that ticks over between the two walks now and then.</summary>
    public bool IsVolatile => Type is "Counter32" or "Counter64" or "Gauge32" or "Timeticks" or "Opaque" || Oid == SnmpEngineTime;

    private const string SnmpEngineTime = "1.3.6.1.6.3.10.2.1.3.0";

    public override string ToString() => $"{Oid} = {Type}: {Value}";

    public static ComparableVarbind From(Varbind vb) => new(vb.Oid.ToString(), Canonical(vb.Value.Type), vb.Value switch
    {
        OctetStringValue s => s.Hex,
        IntegerValue i => i.Value.ToString(CultureInfo.InvariantCulture),
        UnsignedValue u => u.Value.ToString(CultureInfo.InvariantCulture),
        TimeTicksValue t => t.Ticks.ToString(CultureInfo.InvariantCulture),
        OidValue o => o.Value.ToString(),
        IpAddressValue ip => ip.FormatValue(),
        _ => "",
    });

    private static string Canonical(SnmpType type) => type switch
    {
        SnmpType.Integer => "INTEGER",
        SnmpType.OctetString => "STRING",
        SnmpType.ObjectIdentifier => "OID",
        SnmpType.TimeTicks => "Timeticks",
        SnmpType.Null => "NULL",
        _ => type.ToString(),
    };

    /// <summary>Reads the array <c>netmapper snmp ... --json</c> prints.</summary>
    public static List<ComparableVarbind> ParseNetMapperJson(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e =>
        {
            var oid = e.GetProperty("oid").GetString()!.TrimStart('.');
            var type = e.GetProperty("type").GetString()!;
            var value = e.GetProperty("value");
            return type switch
            {
                "STRING" => new ComparableVarbind(oid, "STRING", Convert.ToHexString(Encoding.UTF8.GetBytes(value.GetString()!))),
                "Hex-STRING" => new ComparableVarbind(oid, "STRING", value.GetString()!.Replace(" ", "", StringComparison.Ordinal)),
                "OPAQUE" => new ComparableVarbind(oid, "Opaque", value.GetString()!.Replace(" ", "", StringComparison.Ordinal)),
                "OID" => new ComparableVarbind(oid, "OID", value.GetString()!.TrimStart('.')),
                "IpAddress" => new ComparableVarbind(oid, "IpAddress", value.GetString()!),
                "NULL" => new ComparableVarbind(oid, "NULL", ""),
                _ => new ComparableVarbind(oid, type, NumberOrString(value)),
            };
        }).ToList();
    }

    private static string NumberOrString(System.Text.Json.JsonElement value) =>
        value.ValueKind == System.Text.Json.JsonValueKind.Number ? value.GetRawText() : value.GetString()!;

    /// <summary>Parses <c>snmpbulkwalk -On -Ox -Oe</c> output (hex strings may run over several lines).</summary>
    public static List<ComparableVarbind> ParseNetSnmp(string output)
    {
        var result = new List<ComparableVarbind>();
        string? oid = null, type = null;
        var value = new StringBuilder();
        void Flush()
        {
            if (oid is not null && type is not null) result.Add(new ComparableVarbind(oid, type, value.ToString()));
            oid = type = null;
            value.Clear();
        }
        foreach (var line in output.Split('\n'))
        {
            if (!line.StartsWith('.'))
            {
                if (type == "STRING") value.Append(line.Replace(" ", "", StringComparison.Ordinal).Trim());
                continue;
            }
            Flush();
            int eq = line.IndexOf(" = ", StringComparison.Ordinal);
            if (eq < 0) continue;
            var rest = line[(eq + 3)..];
            oid = line[1..eq];
            if (rest == "\"\"") { type = "STRING"; continue; }
            bool noValue = rest.StartsWith("No more variables", StringComparison.Ordinal)
                || rest.StartsWith("No Such", StringComparison.Ordinal);
            if (noValue) { oid = null; continue; }
            if (rest == "NULL") { type = "NULL"; continue; }
            int colon = rest.IndexOf(": ", StringComparison.Ordinal);
            var printedType = colon < 0 ? rest.TrimEnd(':') : rest[..colon];
            var text = colon < 0 ? "" : rest[(colon + 2)..];
            switch (printedType)
            {
                case "Hex-STRING": type = "STRING"; value.Append(text.Replace(" ", "", StringComparison.Ordinal).Trim()); break;
                case "STRING": type = "STRING"; value.Append(Convert.ToHexString(Encoding.Latin1.GetBytes(text.Trim('"')))); break;
                case "OID": type = "OID"; value.Append(text.TrimStart('.')); break;
                case "Timeticks": type = "Timeticks"; value.Append(text[1..text.IndexOf(')', StringComparison.Ordinal)]); break;
                case "Opaque": type = "Opaque"; value.Append(text); break;
                default: type = printedType; value.Append(text.Trim()); break;
            }
        }
        Flush();
        return result;
    }
}

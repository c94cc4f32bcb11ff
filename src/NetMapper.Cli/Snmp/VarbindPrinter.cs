using System.Text;
using System.Text.Json;
using NetMapper.Snmp;

namespace NetMapper.Cli.Snmp;

/// <summary>Prints varbinds as net-snmp's <c>-On</c> lines or as a JSON array of {oid, type, value}.</summary>
internal static class VarbindPrinter
{
    public static void Print(TextWriter output, IEnumerable<Varbind> varbinds, bool json)
    {
        if (!json)
        {
            // One write: the console flushes every line written to it, which would cost a system call per varbind.
            var lines = new StringBuilder();
            foreach (var vb in varbinds) lines.Append(vb.Oid.ToNumericString()).Append(" = ").AppendLine(vb.Value.Format());
            output.Write(lines);
            return;
        }
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var vb in varbinds) WriteVarbind(writer, vb);
            writer.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteVarbind(Utf8JsonWriter writer, Varbind vb)
    {
        writer.WriteStartObject();
        writer.WriteString("oid", vb.Oid.ToNumericString());
        writer.WriteString("type", vb.Value.TypeName);
        writer.WritePropertyName("value");
        switch (vb.Value)
        {
            case IntegerValue i: writer.WriteNumberValue(i.Value); break;
            case UnsignedValue u: writer.WriteNumberValue(u.Value); break;
            case TimeTicksValue t: writer.WriteNumberValue(t.Ticks); break;
            case OctetStringValue s when s.Type == SnmpType.OctetString && s.IsPrintable: writer.WriteStringValue(s.Text); break;
            case NullValue n when n.Type == SnmpType.Null: writer.WriteNullValue(); break;
            case NullValue: writer.WriteStringValue(vb.Value.TypeName); break;
            default: writer.WriteStringValue(vb.Value.FormatValue()); break;
        }
        writer.WriteEndObject();
    }
}

using System.Globalization;
using System.Text;

namespace NetMapper.Snmp.Agent;

/// <summary>Writes a recording as snmprec lines ("OID|TYPE|VALUE"), the format <see cref="SnmprecReader"/> and snmpsim read.
/// Octet strings that are not plain printable ASCII, or that start or end with blanks (which snmpsim strips), go as hex.</summary>
public static class SnmprecWriter
{
    public static void Write(string path, Recording recording)
    {
        var text = new StringBuilder();
        foreach (var vb in recording.Varbinds) text.Append(Line(vb)).Append('\n');
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static string Line(Varbind vb)
    {
        string tag = ((int)vb.Value.Type).ToString(CultureInfo.InvariantCulture);
        return vb.Value switch
        {
            OctetStringValue s when Plain(s) => $"{vb.Oid}|{tag}|{s.Text}",
            OctetStringValue s => $"{vb.Oid}|{tag}x|{s.Hex.ToLowerInvariant()}",
            IpAddressValue ip => $"{vb.Oid}|{tag}|{ip.FormatValue()}",
            OidValue o => $"{vb.Oid}|{tag}|{o.Value}",
            TimeTicksValue t => $"{vb.Oid}|{tag}|{t.Ticks.ToString(CultureInfo.InvariantCulture)}",
            _ => $"{vb.Oid}|{tag}|{vb.Value.FormatValue()}",
        };
    }

    private static bool Plain(OctetStringValue s) =>
        s.Length > 0 && s.Octets.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0 && s.Octets[0] != ' ' && s.Octets[^1] != ' ';
}

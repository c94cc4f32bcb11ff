using System.Globalization;
using System.Net;
using System.Text;

namespace NetMapper.Snmp.Agent;

/// <summary>A line of a recording that could not be served, with where it is.</summary>
public sealed record RecordingProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>
/// Reads snmpsim's snmprec format: <c>OID|TAG|VALUE</c>, TAG the decimal BER tag, optionally suffixed
/// <c>x</c> (value in hex) or <c>e</c> (value with Python escapes). Values are octets as in the file
/// (snmpsim reads files as Latin-1). Bad lines are reported and skipped; the rest is served.
/// </summary>
public static class SnmprecReader
{
    public static (Recording Recording, IReadOnlyList<RecordingProblem> Problems) Read(string path, string? name = null)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        return Parse(text, name ?? Path.GetFileNameWithoutExtension(path), path);
    }

    public static (Recording Recording, IReadOnlyList<RecordingProblem> Problems) Parse(string text, string name, string sourceForMessages)
    {
        var problems = new List<RecordingProblem>();
        var seen = new Dictionary<Oid, int>();
        var varbinds = new List<Varbind>();
        int lineNumber = 0;
        void Report(string message) => problems.Add(new(sourceForMessages, lineNumber, message));
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('|', 3);
            if (fields.Length != 3) { Report("expected OID|TAG|VALUE"); continue; }
            if (!Oid.TryParse(fields[0], out var oid, out var oidProblem)) { Report($"bad OID: {oidProblem}"); continue; }
            if (!TryParseValue(fields[1], fields[2], out var value, out var valueProblem)) { Report(valueProblem); continue; }
            if (seen.TryGetValue(oid, out int firstLine)) { Report($"OID {oid} repeats line {firstLine}; the first is served"); continue; }
            seen[oid] = lineNumber;
            varbinds.Add(new Varbind(oid, value));
        }
        return (new Recording(name, varbinds), problems);
    }

    private static bool TryParseValue(string tagField, string text, out SnmpValue value, out string problem)
    {
        value = NullValue.Null;
        problem = "";
        if (tagField.Contains(':')) { problem = $"tag '{tagField}' uses a snmpsim variation module, which is not supported"; return false; }
        char encoding = tagField.Length > 0 && tagField[^1] is 'x' or 'e' ? tagField[^1] : ' ';
        var tagText = encoding == ' ' ? tagField : tagField[..^1];
        bool knownTag = int.TryParse(tagText, NumberStyles.None, CultureInfo.InvariantCulture, out int tag)
            && Enum.IsDefined((SnmpType)(byte)tag) && tag <= 255;
        if (!knownTag) { problem = $"unknown tag '{tagField}'"; return false; }

        byte[] octets;
        try
        {
            octets = encoding switch
            {
                'x' => Convert.FromHexString(text),
                'e' => Unescape(text),
                _ => Encoding.Latin1.GetBytes(text),
            };
        }
        catch (FormatException e) { problem = $"tag {tagField}: value '{text}' is not valid: {e.Message}"; return false; }

        var type = (SnmpType)tag;
        string plain = Encoding.Latin1.GetString(octets);
        try
        {
            value = type switch
            {
                SnmpType.OctetString or SnmpType.Opaque => new OctetStringValue(octets, type),
                SnmpType.Integer => new IntegerValue(long.Parse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
                SnmpType.Null => NullValue.Null,
                SnmpType.ObjectIdentifier => new OidValue(Oid.Parse(plain)),
                SnmpType.IpAddress => encoding == 'x' ? new IpAddressValue(octets) : new IpAddressValue(ParseIPv4(plain)),
                SnmpType.Counter32 or SnmpType.Gauge32 =>
                    new UnsignedValue(type, uint.Parse(plain, NumberStyles.None, CultureInfo.InvariantCulture)),
                SnmpType.TimeTicks => new TimeTicksValue(uint.Parse(plain, NumberStyles.None, CultureInfo.InvariantCulture)),
                SnmpType.Counter64 => UnsignedValue.Counter64(ulong.Parse(plain, NumberStyles.None, CultureInfo.InvariantCulture)),
                _ => NullValue.Of(type),
            };
            return true;
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            problem = $"tag {tagField}: value '{plain}' is not a valid {type}";
            return false;
        }
    }

    private static IPAddress ParseIPv4(string text) =>
        IPAddress.TryParse(text, out var address)
        && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
        && text.Count(c => c == '.') == 3
            ? address : throw new FormatException("not a dotted IPv4 address");

    /// <summary>Python string escapes as snmpsim writes them for the 'e' suffix.</summary>
    private static byte[] Unescape(string text)
    {
        var output = new List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\') { output.Add((byte)c); continue; }
            if (++i >= text.Length) throw new FormatException("ends with a lone backslash");
            char e = text[i];
            switch (e)
            {
                case '\\' or '\'' or '"': output.Add((byte)e); break;
                case 'a': output.Add(7); break;
                case 'b': output.Add(8); break;
                case 'f': output.Add(12); break;
                case 'n': output.Add(10); break;
                case 'r': output.Add(13); break;
                case 't': output.Add(9); break;
                case 'v': output.Add(11); break;
                case 'x' when i + 2 < text.Length:
                    output.Add(Convert.FromHexString(text.AsSpan(i + 1, 2))[0]);
                    i += 2;
                    break;
                default: throw new FormatException($"unknown escape \\{e}");
            }
        }
        return output.ToArray();
    }
}

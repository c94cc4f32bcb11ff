using System.Formats.Asn1;
using System.Text;

namespace NetMapper.Snmp;

/// <summary>OCTET STRING, and Opaque, which carries its octets under an application tag.
/// Octets are kept exactly as received: whether they are text is a question for the reader.</summary>
public sealed record OctetStringValue : SnmpValue
{
    private readonly byte[] _octets;

    public OctetStringValue(ReadOnlySpan<byte> octets, SnmpType type = SnmpType.OctetString)
    {
        if (type is not (SnmpType.OctetString or SnmpType.Opaque))
            throw new ArgumentException($"{type} is not an octet-string type", nameof(type));
        _octets = octets.ToArray();
        Type = type;
    }

    public static OctetStringValue FromText(string text) => new(Encoding.UTF8.GetBytes(text));

    public override SnmpType Type { get; }
    public ReadOnlySpan<byte> Octets => _octets;
    public int Length => _octets.Length;

    /// <summary>True when net-snmp would print the octets as text: every octet printable ASCII or white space.</summary>
    public bool IsPrintable => Array.TrueForAll(_octets, b => b is >= 0x20 and < 0x7F or (byte)'\t' or (byte)'\n' or (byte)'\r');

    /// <summary>The octets as UTF-8 text (invalid sequences replaced), for names and descriptions.</summary>
    public string Text => Encoding.UTF8.GetString(_octets);

    public string Hex => Convert.ToHexString(_octets);

    public override string TypeName => Type == SnmpType.Opaque ? "OPAQUE" : IsPrintable ? "STRING" : "Hex-STRING";

    public override string FormatValue() =>
        Type == SnmpType.OctetString && IsPrintable ? $"\"{Text}\"" : FormatHex(_octets);

    internal static string FormatHex(ReadOnlySpan<byte> octets)
    {
        var sb = new StringBuilder(octets.Length * 3);
        foreach (var b in octets) sb.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
        return sb.ToString().TrimEnd();
    }

    internal override void Write(AsnWriter writer) =>
        writer.WriteOctetString(_octets, Type == SnmpType.Opaque ? ApplicationTag(SnmpType.Opaque) : null);

    public bool Equals(OctetStringValue? other) => other is not null && Type == other.Type && _octets.AsSpan().SequenceEqual(other._octets);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Type);
        hash.AddBytes(_octets);
        return hash.ToHashCode();
    }
}

using System.Formats.Asn1;
using System.Net;

namespace NetMapper.Snmp;

/// <summary>IpAddress: four octets. Agents sometimes send another length; the octets are kept as sent.</summary>
public sealed record IpAddressValue : SnmpValue
{
    private readonly byte[] _octets;

    public IpAddressValue(ReadOnlySpan<byte> octets) => _octets = octets.ToArray();
    public IpAddressValue(IPAddress address) : this(address.GetAddressBytes()) { }

    public override SnmpType Type => SnmpType.IpAddress;
    public override string TypeName => "IpAddress";
    public ReadOnlySpan<byte> Octets => _octets;

    /// <summary>The address, or null when the agent sent other than four octets.</summary>
    public IPAddress? Address => _octets.Length == 4 ? new IPAddress(_octets) : null;

    public override string FormatValue() => Address?.ToString() ?? OctetStringValue.FormatHex(_octets);
    internal override void Write(AsnWriter writer) => writer.WriteOctetString(_octets, ApplicationTag(SnmpType.IpAddress));

    public bool Equals(IpAddressValue? other) => other is not null && _octets.AsSpan().SequenceEqual(other._octets);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_octets);
        return hash.ToHashCode();
    }
}

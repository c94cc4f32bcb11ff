using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;

namespace NetMapper.Lab.Generation;

/// <summary>The objects of one recording as they are written, typed by small helpers.</summary>
internal sealed class VarbindSet
{
    private readonly Dictionary<Oid, SnmpValue> _values = [];

    public void Add(string oid, SnmpValue value) => _values[Oid.Parse(oid)] = value;
    public void Text(string oid, string text) => Add(oid, OctetStringValue.FromText(text));
    public void Bytes(string oid, byte[] octets) => Add(oid, new OctetStringValue(octets));
    public void Int(string oid, long value) => Add(oid, new IntegerValue(value));
    public void Gauge(string oid, uint value) => Add(oid, UnsignedValue.Gauge32(value));
    public void Ip(string oid, IPAddress address) => Add(oid, new IpAddressValue(address));
    public void ObjectId(string oid, string value) => Add(oid, new OidValue(Oid.Parse(value)));

    public Recording ToRecording(string name) => new(name, _values.Select(kv => new Varbind(kv.Key, kv.Value)));
}

using System.Globalization;
using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;

namespace NetMapper.Testing;

/// <summary>
/// Writes a consistent recording from a few facts (system, interfaces, addresses, LLDP neighbours, ARP), so tests can
/// build small networks whose devices point at each other's loopback addresses.
/// </summary>
public sealed class RecordingBuilder(string name)
{
    private readonly List<Varbind> _varbinds = [];
    private readonly List<(int IfIndex, string Name)> _ports = [];
    private int _remoteIndex;

    public string Name { get; } = name;

    public RecordingBuilder System(string sysName, string descr, string objectId, int services = 6)
    {
        Text("1.3.6.1.2.1.1.1.0", descr);
        Add("1.3.6.1.2.1.1.2.0", new OidValue(Oid.Parse(objectId)));
        Add("1.3.6.1.2.1.1.3.0", new TimeTicksValue(12345600));
        Text("1.3.6.1.2.1.1.5.0", sysName);
        Add("1.3.6.1.2.1.1.7.0", new IntegerValue(services));
        return this;
    }

    public RecordingBuilder Interface(int ifIndex, string ifName, string mac, int type = 6, uint speedMbps = 1000)
    {
        _ports.Add((ifIndex, ifName));
        Text($"1.3.6.1.2.1.2.2.1.2.{ifIndex}", ifName);
        Add($"1.3.6.1.2.1.2.2.1.3.{ifIndex}", new IntegerValue(type));
        Add($"1.3.6.1.2.1.2.2.1.5.{ifIndex}", UnsignedValue.Gauge32((uint)Math.Min(speedMbps * 1_000_000UL, uint.MaxValue)));
        Add($"1.3.6.1.2.1.2.2.1.6.{ifIndex}", MacOctets(mac));
        Add($"1.3.6.1.2.1.2.2.1.7.{ifIndex}", new IntegerValue(1));
        Add($"1.3.6.1.2.1.2.2.1.8.{ifIndex}", new IntegerValue(1));
        Text($"1.3.6.1.2.1.31.1.1.1.1.{ifIndex}", ifName);
        Add($"1.3.6.1.2.1.31.1.1.1.15.{ifIndex}", UnsignedValue.Gauge32(speedMbps));
        return this;
    }

    public RecordingBuilder Address(int ifIndex, string ip, string mask)
    {
        Add($"1.3.6.1.2.1.4.20.1.1.{ip}", new IpAddressValue(IPAddress.Parse(ip)));
        Add($"1.3.6.1.2.1.4.20.1.2.{ip}", new IntegerValue(ifIndex));
        Add($"1.3.6.1.2.1.4.20.1.3.{ip}", new IpAddressValue(IPAddress.Parse(mask)));
        return this;
    }

    public RecordingBuilder LldpChassis(string mac)
    {
        Add("1.0.8802.1.1.2.1.3.1.0", new IntegerValue(4));
        Add("1.0.8802.1.1.2.1.3.2.0", MacOctets(mac));
        return this;
    }

    /// <summary>A neighbour on local port <paramref name="ifIndex"/> (lldpLocPortNum = ifIndex, port ID = ifName).</summary>
    public RecordingBuilder LldpNeighbor(
        int ifIndex, string remoteChassisMac, string remotePort, string remoteSysName, string? managementAddress)
    {
        int index = ++_remoteIndex;
        string row = $"0.{ifIndex}.{index}";
        Add($"1.0.8802.1.1.2.1.4.1.1.4.{row}", new IntegerValue(4));
        Add($"1.0.8802.1.1.2.1.4.1.1.5.{row}", MacOctets(remoteChassisMac));
        Add($"1.0.8802.1.1.2.1.4.1.1.6.{row}", new IntegerValue(5));
        Text($"1.0.8802.1.1.2.1.4.1.1.7.{row}", remotePort);
        Text($"1.0.8802.1.1.2.1.4.1.1.9.{row}", remoteSysName);
        if (managementAddress is not null)
            Add($"1.0.8802.1.1.2.1.4.2.1.3.{row}.1.4.{managementAddress}", new IntegerValue(2));
        return this;
    }

    public RecordingBuilder Arp(int ifIndex, string ip, string mac)
    {
        Add($"1.3.6.1.2.1.4.22.1.2.{ifIndex}.{ip}", MacOctets(mac));
        return this;
    }

    public Recording Build()
    {
        var all = new List<Varbind>(_varbinds);
        foreach (var (ifIndex, port) in _ports)
        {
            all.Add(new Varbind(Oid.Parse($"1.0.8802.1.1.2.1.3.7.1.2.{ifIndex}"), new IntegerValue(5)));
            all.Add(new Varbind(Oid.Parse($"1.0.8802.1.1.2.1.3.7.1.3.{ifIndex}"), OctetStringValue.FromText(port)));
        }
        return new Recording(Name, all);
    }

    public RecordedDevice Device() => new(Name, Build(), new Dictionary<string, Recording>());

    private static OctetStringValue MacOctets(string mac) => new(Convert.FromHexString(mac.Replace(":", "", StringComparison.Ordinal)));

    private void Text(string oid, string value) => Add(oid, OctetStringValue.FromText(value));
    private void Add(string oid, SnmpValue value) => _varbinds.Add(new Varbind(Oid.Parse(oid), value));
}

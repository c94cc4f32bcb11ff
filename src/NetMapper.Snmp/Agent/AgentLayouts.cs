using System.Net;

namespace NetMapper.Snmp.Agent;

/// <summary>The two ways Debian's snmpsim lays recordings out on addresses.</summary>
public static class AgentLayouts
{
    /// <summary>All devices on one address: each answers the community named like its file
    /// (<c>ios_c3560</c>, <c>ios_c3560@10</c>) and the SNMPv3 context of the same name.</summary>
    public static AgentEndpointSettings SingleAddress(
        IPEndPoint endPoint, IEnumerable<RecordedDevice> devices, IReadOnlyList<UsmCredentials> users)
    {
        var byName = new Dictionary<string, Recording>(StringComparer.Ordinal);
        foreach (var device in devices)
        {
            byName[device.Name] = device.Recording;
            foreach (var (vlan, recording) in device.Vlans) byName[$"{device.Name}@{vlan}"] = recording;
        }
        return new AgentEndpointSettings(endPoint, byName, byName, users);
    }

    /// <summary>One device per address from <paramref name="first"/> on, in file-name order; each answers
    /// <paramref name="community"/> (and <c>community@vlan</c>) and SNMPv3 with the empty context (and <c>vlan-N</c>).</summary>
    public static IReadOnlyList<AgentEndpointSettings> ConsecutiveAddresses(
        IPAddress first, int port, IReadOnlyList<RecordedDevice> devices, IReadOnlyList<UsmCredentials> users, string community = "public")
    {
        var settings = new List<AgentEndpointSettings>(devices.Count);
        for (int i = 0; i < devices.Count; i++)
        {
            var endPoint = new IPEndPoint(Offset(first, i), port);
            settings.Add(OneDevice(endPoint, devices[i], community, users));
        }
        return settings;
    }

    /// <summary>One device at one address: the community (and <c>community@vlan</c>) when there is one, and the SNMPv3 users
    /// with the empty context (and <c>vlan-N</c>), as a Cisco switch serves its per-VLAN bridge tables.</summary>
    public static AgentEndpointSettings OneDevice(
        IPEndPoint endPoint, RecordedDevice device, string? community, IReadOnlyList<UsmCredentials> users)
    {
        var communities = new Dictionary<string, Recording>(StringComparer.Ordinal);
        var contexts = new Dictionary<string, Recording>(StringComparer.Ordinal) { [""] = device.Recording };
        if (community is not null) communities[community] = device.Recording;
        foreach (var (vlan, recording) in device.Vlans)
        {
            if (community is not null) communities[$"{community}@{vlan}"] = recording;
            contexts[$"vlan-{vlan}"] = recording;
        }
        return new AgentEndpointSettings(endPoint, communities, contexts, users);
    }

    /// <summary>The address <paramref name="offset"/> after <paramref name="first"/>, carrying across octets.</summary>
    public static IPAddress Offset(IPAddress first, int offset)
    {
        var bytes = first.GetAddressBytes();
        int carry = offset;
        for (int i = bytes.Length - 1; i >= 0 && carry > 0; i--)
        {
            int sum = bytes[i] + carry;
            bytes[i] = (byte)(sum & 0xFF);
            carry = sum >> 8;
        }
        if (carry > 0) throw new ArgumentOutOfRangeException(nameof(offset), $"{first} + {offset} runs past the end of the address space");
        return new IPAddress(bytes);
    }
}

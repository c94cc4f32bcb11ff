using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;

namespace NetMapper.Lab;

/// <summary>Agent settings for generated recordings as lab.yaml lays them out.</summary>
public static class LabAgents
{
    /// <summary>One agent per answering device at its address: v3 devices know only the SNMPv3 users, v2c devices only the
    /// lab's community (and community@vlan); devices with snmp: none are not served, so their address stays silent.</summary>
    public static IReadOnlyList<AgentEndpointSettings> Settings(
        LabManifest manifest, IReadOnlyList<RecordedDevice> devices, int port, IReadOnlyList<UsmCredentials> users)
    {
        var byName = devices.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var settings = new List<AgentEndpointSettings>();
        foreach (var entry in manifest.Devices.Where(d => d.Snmp != "none"))
        {
            if (!byName.TryGetValue(entry.Name, out var device)) continue;
            bool v3 = entry.Snmp == "v3";
            var endPoint = new IPEndPoint(IPAddress.Parse(entry.Address), port);
            settings.Add(AgentLayouts.OneDevice(endPoint, device, v3 ? null : manifest.Community, v3 ? users : []));
        }
        return settings;
    }
}

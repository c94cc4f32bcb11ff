using System.Net;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;

namespace NetMapper.Lab;

/// <summary>Agent settings for generated recordings as lab.yaml lays them out.</summary>
public static class LabAgents
{
    /// <summary>One agent per answering device at its address: v3 devices know only the SNMPv3 users, v2c devices only the
    /// lab's community (and community@vlan); devices with snmp: none are not served, so their address stays silent.</summary>
    public static IReadOnlyList<AgentEndpointSettings> Settings(LabManifest manifest, IReadOnlyList<RecordedDevice> devices, int port, IReadOnlyList<UsmCredentials> users)
    {
        var byName = devices.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var settings = new List<AgentEndpointSettings>();
        foreach (var entry in manifest.Devices.Where(d => d.Snmp != "none"))
        {
            if (!byName.TryGetValue(entry.Name, out var device)) continue;
            bool v3 = entry.Snmp == "v3";
            var communities = new Dictionary<string, Recording>(StringComparer.Ordinal);
            var contexts = new Dictionary<string, Recording>(StringComparer.Ordinal) { [""] = device.Recording };
            if (!v3) communities[manifest.Community] = device.Recording;
            foreach (var (vlan, recording) in device.Vlans)
            {
                if (!v3) communities[$"{manifest.Community}@{vlan}"] = recording;
                contexts[$"vlan-{vlan}"] = recording;
            }
            settings.Add(new AgentEndpointSettings(new IPEndPoint(IPAddress.Parse(entry.Address), port), communities, contexts, v3 ? users : []));
        }
        return settings;
    }
}

using NetMapper.Lab.Spec;
using NetMapper.Snmp.Agent;

namespace NetMapper.Lab.Generation;

/// <summary>
/// Turns a network description into recordings (one per answering device, plus Cisco per-VLAN ones) and the lab manifest.
/// </summary>
public static class NetworkGenerator
{
    public static IReadOnlyList<RecordedDevice> Generate(LabNetwork network)
    {
        var fdb = Forwarding.Compute(network);
        return network.Devices.Where(d => d.Access != SnmpAccess.None)
            .Select(d => new DeviceRecording(network, d, fdb.GetValueOrDefault(d) ?? []).Build()).ToArray();
    }

    /// <summary>Writes <c>NAME.snmprec</c>, <c>NAME@VLAN.snmprec</c> and <c>lab.yaml</c> into <paramref name="directory"/>,
    /// replacing the recordings a previous run wrote there.</summary>
    public static IReadOnlyList<RecordedDevice> Write(LabNetwork network, string directory)
    {
        var devices = Generate(network);
        Directory.CreateDirectory(directory);
        foreach (var old in Directory.GetFiles(directory, "*.snmprec")) File.Delete(old);
        foreach (var device in devices)
        {
            SnmprecWriter.Write(Path.Combine(directory, device.Name + ".snmprec"), device.Recording);
            foreach (var (vlan, recording) in device.Vlans)
            {
                var vlanPath = Path.Combine(directory, $"{device.Name}@{vlan}.snmprec");
                SnmprecWriter.Write(vlanPath, recording);
            }
        }
        LabManifest.From(network).Save(Path.Combine(directory, LabManifest.FileName));
        return devices;
    }
}

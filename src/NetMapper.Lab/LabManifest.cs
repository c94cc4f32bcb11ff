using System.Net;
using NetMapper.Lab.Spec;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace NetMapper.Lab;

/// <summary>
/// <c>lab.yaml</c> beside generated recordings: where each device is served and how it answers SNMP (v3 only, v2c with the
/// network's community, or not at all), the management subnet to scan and a seed to start from.
/// </summary>
public sealed class LabManifest
{
    public const string FileName = "lab.yaml";

    public string Network { get; set; } = "";
    public string Management { get; set; } = "";
    public string Seed { get; set; } = "";
    public string Community { get; set; } = "public";
    public List<ManifestDevice> Devices { get; set; } = [];

    public sealed class ManifestDevice
    {
        public string Name { get; set; } = "";
        public string Address { get; set; } = "";
        /// <summary>v3 | v2c | none.</summary>
        public string Snmp { get; set; } = "v3";
    }

    public static LabManifest From(LabNetwork network) => new()
    {
        Network = network.File.Network,
        Management = network.File.Management,
        Seed = SeedDevice(network).Management.ToString(),
        Community = network.File.Community,
        Devices = network.Devices
            .Select(d => new ManifestDevice { Name = d.Name, Address = d.Management.ToString(), Snmp = d.Entry.Snmp })
            .ToList(),
    };

    /// <summary>The device the file names as its seed, else the first device.</summary>
    private static LabDevice SeedDevice(LabNetwork network) =>
        network.Devices.First(d => d.Name == (network.File.Seed.Length > 0 ? network.File.Seed : network.Devices[0].Name));

    public void Save(string path)
    {
        var serializer = LabYaml.Serializer();
        const string header = "# Written by `netmapper lab generate`: "
            + "how `netmapper lab serve` and `netmapper demo` serve these recordings.\n";
        File.WriteAllText(path, header + serializer.Serialize(this));
    }

    public static LabManifest Load(string path)
    {
        LabManifest manifest;
        try
        {
            var deserializer = LabYaml.Deserializer();
            manifest = deserializer.Deserialize<LabManifest?>(File.ReadAllText(path)) ?? new LabManifest();
        }
        catch (YamlException e)
        {
            throw new LabSpecException($"{path}: line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
        foreach (var device in manifest.Devices)
        {
            string where = $"{path}: device '{device.Name}'";
            if (!IPAddress.TryParse(device.Address, out _))
                throw new LabSpecException($"{where}: address '{device.Address}' is not an IP address");
            if (device.Snmp is not ("v3" or "v2c" or "none"))
                throw new LabSpecException($"{where}: snmp '{device.Snmp}' must be v3, v2c or none");
        }
        if (!IPAddress.TryParse(manifest.Seed, out _)) throw new LabSpecException($"{path}: seed '{manifest.Seed}' is not an IP address");
        return manifest;
    }
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using NetMapper.Topology;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace NetMapper.Lab.Spec;

/// <summary>Reads <c>network.yaml</c> and resolves it: ports numbered in order of mention, MACs derived from names, cables
/// joined at both ends. Every mistake is reported with the file and the entry.</summary>
public static class NetworkLoader
{
    public static LabNetwork Load(string path)
    {
        if (!File.Exists(path)) throw new LabSpecException($"network description '{path}' does not exist");
        NetworkFile file;
        try
        {
            var deserializer = LabYaml.Deserializer();
            file = deserializer.Deserialize<NetworkFile?>(File.ReadAllText(path)) ?? new NetworkFile();
        }
        catch (YamlException e)
        {
            throw new LabSpecException($"{path}: line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
        try { return Resolve(file); }
        catch (LabSpecException e) { throw new LabSpecException($"{path}: {e.Message}"); }
    }

    public static LabNetwork Resolve(NetworkFile file)
    {
        var management = ParsePrefix(file.Management, "management");
        var vlans = new Dictionary<int, string>();
        foreach (var vlan in file.Vlans)
        {
            if (vlan.Id is < 1 or > 4094) throw new LabSpecException($"VLAN {vlan.Id}: not a VLAN number from 1 to 4094");
            if (!vlans.TryAdd(vlan.Id, vlan.Name)) throw new LabSpecException($"VLAN {vlan.Id} is listed twice");
        }
        var models = new Dictionary<string, ModelEntry>(StringComparer.Ordinal);
        foreach (var model in file.Models)
            if (!models.TryAdd(model.Name, model)) throw new LabSpecException($"model '{model.Name}' is listed twice");

        var numbered = NumberedPorts(file);
        var devices = new Dictionary<string, LabDevice>(StringComparer.Ordinal);
        foreach (var entry in file.Devices)
        {
            string where = $"device '{entry.Name}'";
            if (entry.Name.Length == 0) throw new LabSpecException("a device has no name");
            if (!models.TryGetValue(entry.Model, out var model))
                throw new LabSpecException($"{where}: model '{entry.Model}' is not among the models");
            if (!IPAddress.TryParse(entry.Mgmt, out var mgmt) || !Prefix(management).Contains(mgmt))
                throw new LabSpecException($"{where}: mgmt '{entry.Mgmt}' is not an address in the management subnet {file.Management}");
            if (devices.Values.FirstOrDefault(d => d.Management.Equals(mgmt)) is { } other)
                throw new LabSpecException($"{where}: mgmt {mgmt} is also {other.Name}'s");
            var access = entry.Snmp switch
            {
                "v3" => SnmpAccess.V3, "v2c" => SnmpAccess.V2c, "none" => SnmpAccess.None,
                _ => throw new LabSpecException($"{where}: snmp '{entry.Snmp}' must be v3, v2c or none"),
            };
            var device = new LabDevice
            {
                Name = entry.Name, Model = model, Entry = entry, Management = mgmt, Access = access,
                BaseMac = Mac(model.Oui, entry.Name, where),
                NumberedPorts = numbered.GetValueOrDefault(entry.Name) ?? [],
            };
            if (!devices.TryAdd(entry.Name, device)) throw new LabSpecException($"{where} is listed twice");
            var mgmtPort = Port(device, entry.MgmtPort(model, file.ManagementVlan));
            mgmtPort.Addresses.Add((mgmt, management.Length));
            if (mgmtPort.Type == IfType.Virtual) mgmtPort.Mode = PortMode.Routed;
            foreach (var text in entry.Addresses)
            {
                var parts = Words(text);
                if (parts.Length != 2) throw new LabSpecException($"{where}: address '{text}' must be 'PORT ADDRESS/LENGTH'");
                var (address, length) = ParseAddress(parts[1], $"{where}: address '{text}'");
                Port(device, parts[0]).Addresses.Add((address, length));
            }
        }

        if (devices.Count == 0) throw new LabSpecException("no devices");
        if (file.Seed.Length > 0 && !devices.ContainsKey(file.Seed))
            throw new LabSpecException($"seed '{file.Seed}' is not a listed device");

        var hosts = new Dictionary<string, LabHost>(StringComparer.Ordinal);
        foreach (var entry in file.Hosts)
        {
            string where = $"host '{entry.Name}'";
            if (entry.Name.Length == 0) throw new LabSpecException("a host has no name");
            if (devices.ContainsKey(entry.Name)) throw new LabSpecException($"{where} has the name of a device");
            var (address, length) = ParseAddress(entry.Ip, $"{where}: ip '{entry.Ip}'");
            var host = new LabHost
            {
                Entry = entry, Name = entry.Name, Address = address, Length = length,
                Mac = Mac(entry.Oui, entry.Name, where), Vlan = entry.Vlan,
            };
            if (!hosts.TryAdd(entry.Name, host)) throw new LabSpecException($"{where} is listed twice");
            if (entry.At is null) continue;
            var at = Words(entry.At);
            if (at.Length != 2 || !devices.TryGetValue(at[0], out var device))
                throw new LabSpecException($"{where}: at '{entry.At}' must be 'DEVICE PORT' of a listed device");
            var port = Port(device, at[1]);
            Cable(port, host, where);
            host.AttachedTo = port;
            if (entry.Vlan is int vlan) Carry(port, PortMode.Access, [vlan], vlans, where);
        }

        foreach (var line in file.Links) Link(line, devices, hosts, vlans);
        foreach (var device in devices.Values)
            foreach (var text in device.Entry.Routes) device.Routes.Add(Route(device, text));
        foreach (var port in devices.Values.SelectMany(d => d.Ports))
        {
            var matching = port.Device.Model.Speeds.Where(s => port.Name.StartsWith(s.Key, StringComparison.Ordinal)).Select(s => s.Value);
            port.SpeedMbps = matching.DefaultIfEmpty(1000).First();
        }
        return new LabNetwork { File = file, Devices = devices.Values.ToArray(), Hosts = hosts.Values.ToArray(), VlanNames = vlans };
    }

    /// <summary>"A PORT -- B PORT [lag NAME] [access V | trunk V,V,...]".</summary>
    private static void Link(
        string line, Dictionary<string, LabDevice> devices, Dictionary<string, LabHost> hosts, Dictionary<int, string> vlans)
    {
        string where = $"link '{line}'";
        var words = Words(line);
        if (words.Length < 5 || words[2] != "--")
            throw new LabSpecException($"{where}: must be 'A PORT -- B PORT [lag NAME] [access VLAN | trunk VLAN,VLAN]'");
        if (!devices.TryGetValue(words[0], out var a)) throw new LabSpecException($"{where}: '{words[0]}' is not a listed device");
        var portA = Port(a, words[1]);
        object b;
        if (devices.TryGetValue(words[3], out var deviceB)) b = Port(deviceB, words[4]);
        else if (hosts.TryGetValue(words[3], out var host))
        {
            b = host;
            if (host.Entry.Port != words[4]) throw new LabSpecException($"{where}: host {host.Name}'s port is {host.Entry.Port}");
        }
        else throw new LabSpecException($"{where}: '{words[3]}' is neither a listed device nor a listed host");
        Cable(portA, b, where);
        if (b is LabPort p) Cable(p, portA, where);
        else ((LabHost)b).AttachedTo = portA;

        for (int i = 5; i < words.Length; i += 2)
        {
            if (i + 1 >= words.Length) throw new LabSpecException($"{where}: '{words[i]}' needs a value");
            switch (words[i])
            {
                case "lag":
                    foreach (var end in new[] { portA, b as LabPort }.OfType<LabPort>())
                    {
                        var aggregate = Port(end.Device, words[i + 1]);
                        if (aggregate.Type != IfType.Lag)
                            throw new LabSpecException($"{where}: '{words[i + 1]}' is not a LAG name (Port-channel, Trk, ae, bond)");
                        end.Aggregate = aggregate;
                    }
                    break;
                case "access":
                case "trunk":
                    var list = words[i + 1].Split(',').Select(v => VlanNumber(v, where)).ToList();
                    var mode = words[i] == "access" ? PortMode.Access : PortMode.Trunk;
                    if (mode == PortMode.Access && list.Count != 1) throw new LabSpecException($"{where}: an access port carries one VLAN");
                    // A switch port carries VLANs; a router's or server's port, or any port with an address of its own
                    // (a switch's mgmt0), stays routed: its MAC is what the switch at the other end learns.
                    foreach (var end in new[] { portA, b as LabPort }.OfType<LabPort>())
                    {
                        bool carriesVlans = end.Addresses.Count == 0 && (end.Device.IsSwitch || mode == PortMode.Trunk);
                        Carry(end.Aggregate ?? end, carriesVlans ? mode : PortMode.Routed, list, vlans, where);
                    }
                    if (b is LabHost h) h.Vlan = list[0];
                    break;
                default:
                    throw new LabSpecException($"{where}: unknown option '{words[i]}' (lag, access, trunk)");
            }
        }
        // Members carry what their aggregate carries.
        foreach (var end in new[] { portA, b as LabPort }.OfType<LabPort>().Where(e => e.Aggregate is not null))
        {
            end.Mode = end.Aggregate!.Mode;
            end.Vlans.Clear();
            end.Vlans.AddRange(end.Aggregate.Vlans);
        }
    }

    private static int VlanNumber(string text, string where)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number)) return number;
        throw new LabSpecException($"{where}: '{text}' is not a VLAN number");
    }

    private static void Cable(LabPort port, object peer, string where)
    {
        if (port.Peer is not null) throw new LabSpecException($"{where}: {port} is already cabled to {port.Peer}");
        port.Peer = peer;
        port.Alias = peer switch { LabPort p => $"to {p.Device.Name} {p.Name}", LabHost h => $"{h.Name} {h.Entry.Port}", _ => "" };
    }

    private static void Carry(LabPort port, PortMode mode, IReadOnlyList<int> list, Dictionary<int, string> vlans, string where)
    {
        foreach (var vlan in list.Where(v => !vlans.ContainsKey(v)))
            throw new LabSpecException($"{where}: VLAN {vlan} is not among the vlans");
        if (port.Mode != PortMode.Routed && (port.Mode != mode || !port.Vlans.SequenceEqual(list)))
        {
            var carried = $"{port.Mode.ToString().ToLowerInvariant()} {string.Join(',', port.Vlans)}";
            throw new LabSpecException($"{where}: {port} already carries {carried}");
        }
        port.Mode = mode;
        port.Vlans.Clear();
        port.Vlans.AddRange(list);
    }

    private static LabRoute Route(LabDevice device, string text)
    {
        string where = $"device '{device.Name}': route '{text}'";
        var words = Words(text);
        // a trailing "metric N": the route's metric as the routing table reports it (a backup line's route is less preferred)
        int? metric = null;
        if (words.Length >= 5 && words[^2] == "metric")
        {
            if (!int.TryParse(words[^1], System.Globalization.CultureInfo.InvariantCulture, out int m) || m < 0)
                throw new LabSpecException($"{where}: metric '{words[^1]}' must be a whole number of 0 or more");
            (metric, words) = (m, words[..^2]);
        }
        if (words.Length is < 3 or > 4 || words[1] != "via")
            throw new LabSpecException($"{where}: must be 'PREFIX via NEXTHOP [static|ospf|bgp] [metric N]'");
        var (destination, length) = ParseAddress(words[0], where);
        if (!IPAddress.TryParse(words[2], out var hop)) throw new LabSpecException($"{where}: '{words[2]}' is not an address");
        var port = device.Ports.FirstOrDefault(p => p.Addresses.Any(a => Prefix(a).Contains(hop)))
            ?? throw new LabSpecException($"{where}: next hop {hop} is on none of {device.Name}'s subnets");
        var protocol = words.Length == 4 ? words[3] : "static";
        if (protocol is not ("static" or "ospf" or "bgp"))
            throw new LabSpecException($"{where}: protocol '{protocol}' must be static, ospf or bgp");
        return new LabRoute(destination, length, hop, port, protocol) { Metric = metric };
    }

    /// <summary>The device's port of that name, added the first time it is named: a port named by a number (Aruba, ProCurve)
    /// has that ifIndex, the others the next index no numbered port of the device uses.</summary>
    private static LabPort Port(LabDevice device, string name)
    {
        if (device.Port(name) is { } known) return known;
        int ifIndex = Numbered(name) ?? Enumerable.Range(1, int.MaxValue - 1)
            .First(i => device.Ports.All(p => p.IfIndex != i) && !device.NumberedPorts.Contains(i));
        var mac = (byte[])device.BaseMac.Clone();
        int low = (mac[4] << 8 | mac[5]) + ifIndex;
        mac[4] = (byte)(low >> 8);
        mac[5] = (byte)low;
        var port = new LabPort { Device = device, IfIndex = ifIndex, Name = name, Type = TypeOf(name), Mac = mac };
        device.Ports.Add(port);
        return port;
    }

    private static int? Numbered(string name) =>
        int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is > 0 and < 100_000 ? number : null;

    /// <summary>Every port number a description names for each device, so that other ports keep clear of them.</summary>
    private static Dictionary<string, HashSet<int>> NumberedPorts(NetworkFile file)
    {
        var result = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        void Note(string device, string port)
        {
            if (Numbered(port) is int n) (result.TryGetValue(device, out var set) ? set : result[device] = []).Add(n);
        }
        foreach (var words in file.Links.Select(Words).Where(w => w.Length >= 5)) { Note(words[0], words[1]); Note(words[3], words[4]); }
        var hostPlaces = file.Hosts.Where(h => h.At is not null).Select(h => Words(h.At!));
        foreach (var words in hostPlaces.Where(w => w.Length == 2)) Note(words[0], words[1]);
        foreach (var device in file.Devices)
            foreach (var words in device.Addresses.Select(Words).Where(w => w.Length == 2)) Note(device.Name, words[0]);
        return result;
    }

    private static int TypeOf(string name)
    {
        if (name.StartsWith("Vlan", StringComparison.OrdinalIgnoreCase)) return IfType.Virtual;
        if (IsLagName(name)) return IfType.Lag;
        if (name.StartsWith("Loopback", StringComparison.OrdinalIgnoreCase)) return IfType.Loopback;
        return IfType.Ethernet;
    }

    private static bool IsLagName(string name) =>
        name.StartsWith("Port-channel", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Trk", StringComparison.Ordinal)
        || name.StartsWith("ae", StringComparison.Ordinal) || name.StartsWith("bond", StringComparison.Ordinal);

    /// <summary>A stable MAC from the vendor's OUI and a hash of the name, so regenerating gives the same recordings.</summary>
    private static byte[] Mac(string oui, string name, string where)
    {
        byte[] prefix;
        try { prefix = Convert.FromHexString(oui.Replace(":", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)); }
        catch (FormatException) { prefix = []; }
        if (prefix.Length != 3) throw new LabSpecException($"{where}: oui '{oui}' must be three octets like 00:a3:d1");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return [prefix[0], prefix[1], prefix[2], hash[0], hash[1], (byte)(hash[2] & 0xC0)];
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (IPAddress Address, int Length) ParsePrefix(string text, string what) => ParseAddress(text, $"{what} '{text}'");

    private static (IPAddress Address, int Length) ParseAddress(string text, string where)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var address) || address.AddressFamily != AddressFamily.InterNetwork
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int length) || length > 32)
            throw new LabSpecException($"{where}: not an IPv4 ADDRESS/LENGTH");
        return (address, length);
    }

    internal static IpPrefix Prefix((IPAddress Address, int Length) address) => new(address.Address, address.Length);

    private static string MgmtPort(this DeviceEntry entry, ModelEntry model, int managementVlan) =>
        model.MgmtPort ?? (model.Kind is "switch" or "l3switch" ? $"Vlan{managementVlan}" : "mgmt0");
}

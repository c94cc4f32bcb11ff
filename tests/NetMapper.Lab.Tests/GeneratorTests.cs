using NetMapper.Lab.Generation;
using NetMapper.Lab.Spec;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;

namespace NetMapper.Lab.Tests;

/// <summary>
/// What the generator writes agrees with itself: both ends of a cable, the forwarding tables along the VLAN, ARP on the gateway.
/// </summary>
public class GeneratorTests
{
    private static readonly IReadOnlyList<RecordedDevice> Devices = Generate();

    private static IReadOnlyList<RecordedDevice> Generate()
    {
        var path = TwoSwitches.Write();
        try { return NetworkGenerator.Generate(NetworkLoader.Load(path)); }
        finally { Directory.Delete(Path.GetDirectoryName(path)!, recursive: true); }
    }

    private static RecordedDevice Device(string name) => Devices.Single(d => d.Name == name);
    private static SnmpValue? Get(Recording recording, string oid) => recording.Get(Oid.Parse(oid));
    private static string Text(Recording recording, string oid) => Get(recording, oid) is OctetStringValue s ? s.Text : "";
    private static byte[] Bytes(Recording recording, string oid) => Get(recording, oid) is OctetStringValue s ? s.Octets.ToArray() : [];

    private static int IfIndex(Recording recording, string name) =>
        (int)recording.Varbinds.Single(vb => IsIfName(vb, name)).Oid[^1];

    /// <summary>An IF-MIB ifName row holding this name.</summary>
    private static bool IsIfName(Varbind vb, string name) =>
        OidStartsWith(vb, "1.3.6.1.2.1.31.1.1.1.1.") && vb.Value is OctetStringValue s && s.Text == name;

    private static bool OidStartsWith(Varbind vb, string prefix) => vb.Oid.ToString().StartsWith(prefix, StringComparison.Ordinal);

    [Fact]
    public void A_Device_That_Does_Not_Answer_Has_No_Recording()
    {
        Assert.Equal(["access", "core"], Devices.Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Both_Ends_Of_The_Cable_Name_Each_Other()
    {
        var core = Device("core").Recording;
        var access = Device("access").Recording;
        // core's GigabitEthernet1/0/1 hears access port 24, and the other way round; Aruba's port 24 is ifIndex 24.
        string coreRow = $"0.{IfIndex(core, "GigabitEthernet1/0/1")}.1";
        Assert.Equal("access", Text(core, $"1.0.8802.1.1.2.1.4.1.1.9.{coreRow}"));
        Assert.Equal("24", Text(core, $"1.0.8802.1.1.2.1.4.1.1.7.{coreRow}"));
        Assert.Equal(Bytes(access, "1.0.8802.1.1.2.1.3.2.0"), Bytes(core, $"1.0.8802.1.1.2.1.4.1.1.5.{coreRow}"));
        Assert.Equal(24, IfIndex(access, "24"));
        var accessPort = access.Varbinds.Single(vb => vb.Oid.ToString().StartsWith("1.0.8802.1.1.2.1.4.1.1.9.", StringComparison.Ordinal));
        Assert.Equal("core", ((OctetStringValue)accessPort.Value).Text);
        string row = accessPort.Oid.ToString()["1.0.8802.1.1.2.1.4.1.1.9.".Length..];
        Assert.Equal("GigabitEthernet1/0/1", Text(access, $"1.0.8802.1.1.2.1.4.1.1.7.{row}"));
        Assert.Equal(Bytes(core, "1.0.8802.1.1.2.1.3.2.0"), Bytes(access, $"1.0.8802.1.1.2.1.4.1.1.5.{row}"));
        // The management address each announces is where the lab serves the other.
        Assert.Contains(core.Varbinds, vb => vb.Oid.ToString().EndsWith(".1.4.127.30.0.2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Pc_Is_Learnt_On_Its_Access_Port_And_On_The_Cores_Trunk_And_In_The_Gateways_Arp_Table()
    {
        var access = Device("access").Recording;
        var core = Device("core");
        // Aruba: Q-BRIDGE dot1qTpFdbPort.{fid}.{mac}; the PC is on port 3 in VLAN 10.
        var pcRow = access.Varbinds.Single(vb => OidStartsWith(vb, "1.3.6.1.2.1.17.7.1.2.2.1.2.10.244.57.9."));
        string mac = pcRow.Oid.ToString()["1.3.6.1.2.1.17.7.1.2.2.1.2.10.".Length..];
        Assert.Equal(3, ((IntegerValue)pcRow.Value).Value);
        // Cisco: the per-VLAN bridge table (community@10 / context vlan-10) has it on the trunk, as bridge port = ifIndex.
        var vlan10 = core.Vlans["10"];
        int trunk = IfIndex(core.Recording, "GigabitEthernet1/0/1");
        Assert.Equal(new IntegerValue(trunk), Get(vlan10, $"1.3.6.1.2.1.17.4.3.1.2.{mac}"));
        Assert.Equal(new IntegerValue(trunk), Get(vlan10, $"1.3.6.1.2.1.17.1.4.1.2.{trunk}"));
        // The gateway (Vlan10 SVI) knows the PC's address.
        var arp = core.Recording.Varbinds.Single(vb =>
            vb.Oid.ToString().EndsWith(".10.0.10.50", StringComparison.Ordinal) && OidStartsWith(vb, "1.3.6.1.2.1.4.22.1.2."));
        Assert.Equal(mac, string.Join('.', ((OctetStringValue)arp.Value).Octets.ToArray()));
        Assert.Equal("USERS", Text(core.Recording, "1.3.6.1.4.1.9.9.46.1.3.1.1.4.1.10"));
    }

    [Fact]
    public void Recordings_Survive_The_Snmprec_Round_Trip()
    {
        var dir = Directory.CreateTempSubdirectory("netmapper-lab-").FullName;
        try
        {
            foreach (var device in Devices) SnmprecWriter.Write(Path.Combine(dir, device.Name + ".snmprec"), device.Recording);
            var (loaded, problems) = RecordingLibrary.Load(dir);
            Assert.Empty(problems);
            foreach (var device in Devices)
                Assert.Equal(device.Recording.Varbinds, loaded.Single(d => d.Name == device.Name).Recording.Varbinds);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

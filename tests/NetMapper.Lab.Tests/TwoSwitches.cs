namespace NetMapper.Lab.Tests;

/// <summary>A small network in the description format: a Cisco core routing VLAN 10, an Aruba access switch, a PC.</summary>
internal static class TwoSwitches
{
    public const string Yaml = """
        network: two-switches
        management: 127.30.0.0/24
        vlans:
          - { id: 10, name: USERS }
        models:
          - { name: C9300-24T, vendor: cisco, kind: l3switch, objectId: 1.3.6.1.4.1.9.1.2494,
              descr: "Cisco IOS Software [Cupertino] Version {os}", oui: "00:a3:d1", cdp: true }
          - { name: JL258A, vendor: aruba, kind: switch, objectId: 1.3.6.1.4.1.11.2.3.7.11.180,
              descr: "Aruba JL258A revision {os}", oui: "94:f1:28" }
        devices:
          - { name: core, model: C9300-24T, os: 17.9.5, serial: FOC1, mgmt: 127.30.0.1, addresses: ["Vlan10 10.0.10.1/24"] }
          - { name: access, model: JL258A, os: WC.16.10, serial: CN1, mgmt: 127.30.0.2, snmp: v2c }
          - { name: silent, model: JL258A, os: WC.16.10, serial: CN2, mgmt: 127.30.0.3, snmp: none }
        links:
          - core GigabitEthernet1/0/1 -- access 24 trunk 10
        hosts:
          - { name: pc1, ip: 10.0.10.50/24, oui: "f4:39:09", at: access 3, vlan: 10 }
        """;

    public static string Write()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("netmapper-lab-").FullName, "network.yaml");
        File.WriteAllText(path, Yaml);
        return path;
    }
}

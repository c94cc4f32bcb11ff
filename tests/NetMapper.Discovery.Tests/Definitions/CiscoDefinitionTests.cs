using NetMapper.Discovery.Collectors;
using NetMapper.Discovery.Definitions;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests.Definitions;

/// <summary>The built-in Cisco definitions identify real devices from their own sysDescr, sysObjectID and MIB values.</summary>
public class CiscoDefinitionTests
{
    private const string Cat9300 = "Cisco IOS Software [Everest], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 16.6.7, "
        + "RELEASE SOFTWARE (fc2)";

    [Fact]
    public void An_IOS_XE_switch_reports_the_release_without_the_image_family()
    {
        var identity = Identify(Cat9300, "1.3.6.1.4.1.9.1.2494", [Chassis("C9300-48P", "FCW2204L050")]);

        Assert.Equal(("cisco-iosxe", "Cisco", "IOS-XE", "16.6.7", "C9300-48P", DeviceRole.Switch),
            (identity.Profile, identity.Vendor, identity.OsName, identity.OsVersion, identity.Model, identity.Role));
    }

    [Fact]
    public void An_IOS_XE_3_router_is_recognised_by_its_Linux_IOSd_image()
    {
        var identity = Identify("Cisco IOS Software, ASR1000 Software (PPC_LINUX_IOSD-ADVENTERPRISEK9-M), Version 15.5(3)S1a, "
            + "RELEASE SOFTWARE (fc1)", "1.3.6.1.4.1.9.1.1116", []);

        Assert.Equal(("IOS-XE", "15.5(3)S1a"), (identity.OsName, identity.OsVersion));
    }

    [Fact]
    public void A_chassis_without_a_model_name_is_read_from_its_description()
    {
        var chassis = new DeviceComponent(1, "chassis", "Chassis") { Description = "Cisco C8500-20X6C Chassis" };

        var identity = Identify("Cisco IOS Software [IOSXE], c8000aep Software (X86_64_LINUX_IOSD-UNIVERSALK9-M), "
            + "Experimental Version 17.17.20240828:191717", "1.3.6.1.4.1.9.1.3085", [chassis]);

        Assert.Equal(("C8500-20X6C", DeviceRole.Router), (identity.Model, identity.Role));
    }

    [Fact]
    public void A_classic_IOS_switch_without_ENTITY_MIB_is_named_by_the_product_MIB()
    {
        var identity = Identify("Cisco Internetwork Operating System Software \r\nIOS (tm) C2950 Software (C2950-I6K2L2Q4-M), "
            + "Version 12.1(22)EA14, RELEASE SOFTWARE (fc1)", "1.3.6.1.4.1.9.1.359", []);

        Assert.Equal(("IOS", "12.1(22)EA14", "catalyst2950t24"), (identity.OsName, identity.OsVersion, identity.Model));
    }

    [Fact]
    public void IOS_XR_reads_the_platform_from_sysDescr_when_ENTITY_MIB_names_no_chassis()
    {
        var identity = Identify("Cisco IOS XR Software (Cisco ASR9K Series),  Version 5.3.4[Default]\r\nCopyright (c) 2017",
            "1.3.6.1.4.1.9.1.1018", []);

        Assert.Equal(("IOS XR", "5.3.4", "ASR9K Series", DeviceRole.Router),
            (identity.OsName, identity.OsVersion, identity.Model, identity.Role));
    }

    [Fact]
    public void Firepower_Threat_Defense_is_its_own_OS_with_its_release_and_build()
    {
        var identity = Identify("Cisco Firepower Threat Defense, Version 7.4.1.1 (Build 12), ASA Version 9.20(2)201",
            "1.3.6.1.4.1.9.1.3055", []);

        Assert.Equal(("FTD", "7.4.1.1 (Build 12)", "ciscoFpr3130K9", DeviceRole.Firewall),
            (identity.OsName, identity.OsVersion, identity.Model, identity.Role));
    }

    [Fact]
    public void An_ASA_stays_an_ASA() =>
        Assert.Equal("ASA", Identify("Cisco Adaptive Security Appliance Version 9.12(2)", "1.3.6.1.4.1.9.1.2404", []).OsName);

    [Fact]
    public void A_Small_Business_switch_reads_its_unit_table_and_falls_back_to_sysDescr()
    {
        var scalars = new Dictionary<Oid, SnmpValue> { [RlPhd(2)] = OctetStringValue.FromText("1.0.0") };

        var identity = Identify("SG350-10 10-Port Gigabit Managed Switch", "1.3.6.1.4.1.9.6.1.95.10.3", [], scalars);

        Assert.Equal(("cisco-sb", "SG350-10", "1.0.0"), (identity.Profile, identity.Model, identity.OsVersion));
    }

    [Fact]
    public void A_Catalyst_1200_under_the_classic_arc_is_read_like_a_Small_Business_switch()
    {
        var scalars = new Dictionary<Oid, SnmpValue>
        {
            [RlPhd(2)] = OctetStringValue.FromText("4.1.6.53"), [RlPhd(5)] = OctetStringValue.FromText("PSZ28171BEE"),
            [RlPhd(11)] = OctetStringValue.FromText("C1200-8T-D"),
        };

        var identity = Identify("Catalyst 1200 Series Smart Switch, 8-port GE, Desktop, Ext PS, PoE Input (C1200-8T-D)",
            "1.3.6.1.4.1.9.1.3210", [], scalars);

        Assert.Equal(("cisco-catalyst-1x00", "C1200-8T-D", "4.1.6.53", "PSZ28171BEE"),
            (identity.Profile, identity.Model, identity.OsVersion, identity.Serial));
    }

    [Fact]
    public void A_UCS_server_is_read_through_its_management_controller()
    {
        var scalars = new Dictionary<Oid, SnmpValue>
        {
            [Oid.Parse("1.3.6.1.4.1.9.9.719.1.9.6.1.6.0")] = OctetStringValue.FromText("UCSC-C220-M6S"),
            [Oid.Parse("1.3.6.1.4.1.9.9.719.1.9.6.1.14.0")] = OctetStringValue.FromText("WMP2224X0KR"),
        };

        var identity = Identify("Cisco Integrated Management Controller(Cisco IMC) BE6K-M6-K9, Firmware Version 4.3(4.240152), "
            + "Copyright (c) 2008-2024, Cisco Systems, Inc.", "1.3.6.1.4.1.9.1.3100", [], scalars);

        Assert.Equal(("CIMC", "4.3(4.240152)", "UCSC-C220-M6S", "WMP2224X0KR", DeviceRole.Server),
            (identity.OsName, identity.OsVersion, identity.Model, identity.Serial, identity.Role));
    }

    [Fact]
    public void A_Catalyst_in_Meraki_mode_is_named_by_its_description_before_the_options()
    {
        var identity = Identify("C9300 - 48 Cisco UPOE, Modular Uplinks", "1.3.6.1.4.1.29671.2.388", []);

        Assert.Equal(("Cisco Meraki", "C9300 - 48 Cisco UPOE", DeviceRole.Switch), (identity.Vendor, identity.Model, identity.Role));
    }

    [Fact]
    public void Any_other_Cisco_product_is_still_Cisco_with_the_role_sysServices_announces()
    {
        var identity = Identify("IE1000 Industrial Ethernet Switch, Version: 1.8.2#2020-08-13T23:48:09+00:00",
            "1.3.6.1.4.1.9.1.2333", [Chassis("IE-1000-8P2S-LM", "DNI251904WZ")], services: 2);

        Assert.Equal(("cisco", "Cisco", "IE-1000-8P2S-LM", DeviceRole.Switch),
            (identity.Profile, identity.Vendor, identity.Model, identity.Role));
    }

    private static DeviceIdentity Identify(string descr, string objectId, IReadOnlyList<DeviceComponent> components,
        IReadOnlyDictionary<Oid, SnmpValue>? scalars = null, int services = 0)
    {
        var system = new SystemInfo(descr, objectId, 0, "", "", "", services);
        var definition = DeviceDefinitions.BuiltIn().For(system);
        return DeviceIdentifier.Identify(definition, new IdentityFacts(system, components, scalars ?? new Dictionary<Oid, SnmpValue>()));
    }

    private static DeviceComponent Chassis(string model, string serial) =>
        new(1, "chassis", "Chassis") { Model = model, Serial = serial };

    /// <summary>CISCOSB-Physicaldescription-MIB rlPhdUnitGenParamTable, column of unit 1.</summary>
    private static Oid RlPhd(int column) => Oid.Parse($"1.3.6.1.4.1.9.6.1.101.53.14.1.{column}.1");
}

using NetMapper.Discovery.Collectors;
using NetMapper.Discovery.Definitions;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests.Definitions;

/// <summary>
/// The built-in definitions of the regional makers (D-Link, Zyxel, Edgecore, PLANET, DrayTek, Moxa, TP-Link, Ubiquiti,
/// Netgear, Allied Telesis, Hirschmann, QTECH, FS, Eltex) applied to values from the corpus recordings.
/// </summary>
public class RegionalDefinitionTests
{
    [Fact]
    public void A_DLink_Switch_Gives_The_Firmware_Without_Rmons_Build_Prefix()
    {
        var identity = Identify("DGS-1510-28X/ME Gigabit Ethernet Switch", "1.3.6.1.4.1.171.10.141.4.1",
            [("1.3.6.1.2.1.16.19.2.0", "Build 1.10.010"), ("1.3.6.1.4.1.171.12.1.1.12.0", "RZQG1HB000048")],
            Chassis("DGS-1510-28X/ME") with { SoftwareRevision = "1.00.002" });

        Assert.Equal(("D-Link", "DGS-1510-28X/ME", "1.10.010", "RZQG1HB000048"),
            (identity.Vendor, identity.Model, identity.OsVersion, identity.Serial));
    }

    [Fact]
    public void A_DLink_Switch_Without_Entity_Mib_Is_Read_From_SysDescr_And_Its_Unit_Table()
    {
        var identity = Identify("D-Link DES-3528 Fast Ethernet Switch", "1.3.6.1.4.1.171.10.105.1",
            [("1.3.6.1.2.1.16.19.2.0", "3.00.012"), ("1.3.6.1.4.1.171.12.11.1.9.4.1.17.1", "P1UM298000677")]);

        Assert.Equal(("DES-3528", "3.00.012", "P1UM298000677"), (identity.Model, identity.OsVersion, identity.Serial));
    }

    [Theory]
    [InlineData("XGS4600-32F", "1.3.6.1.4.1.890.1.15", "ZyNOS", DeviceRole.Switch)]
    [InlineData("USG40W", "1.3.6.1.4.1.890.1.15", "ZLD", DeviceRole.Firewall)]
    [InlineData("GS2200-24", "1.3.6.1.4.1.890.1.5.8.55", "ZyNOS", DeviceRole.Switch)]
    public void Zyxel_Switches_And_Firewalls_Share_An_Object_Id_And_Differ_By_SysDescr(
        string descr, string objectId, string os, DeviceRole role)
    {
        var identity = Identify(descr, objectId, [("1.3.6.1.4.1.890.1.15.3.1.6.0", "V4.70(ABBI.2) | 12/17/2021")]);

        Assert.Equal(("Zyxel", os, role, descr, "V4.70(ABBI.2)"),
            (identity.Vendor, identity.OsName, identity.Role, identity.Model, identity.OsVersion));
    }

    [Fact]
    public void A_Zyxel_Access_Point_Is_Not_Taken_For_A_Switch() =>
        Assert.Equal("generic", Identify("NWA5123-AC", "1.3.6.1.4.1.890.1.15", []).Profile);

    [Fact]
    public void A_TP_Link_Switch_Gives_The_Product_Without_Its_Hardware_Version()
    {
        var identity = Identify("Omada 18-Port Gigabit Smart Switch with 16-Port PoE+", "1.3.6.1.4.1.11863.5.190",
            [("1.3.6.1.4.1.11863.6.1.1.5.0", "SG2218P 1.20"), ("1.3.6.1.4.1.11863.6.1.1.6.0", "1.20.4 Build 20241205 Rel.64944")]);

        Assert.Equal(("SG2218P", "Omada 18-Port Gigabit Smart Switch with 16-Port PoE+", "1.20.4 Build 20241205 Rel.64944"),
            (identity.Model, identity.ModelName, identity.OsVersion));
    }

    [Theory]
    [InlineData("EdgeSwitch 24-Port 250W, 1.8.0.5106045, Linux 3.6.5-1b505fb7, 0.0.0.0000000", "1.3.6.1.4.1.4413", "UBNT-ES24",
        "EdgeSwitch", "UBNT-ES24", "EdgeSwitch 24-Port 250W", "1.8.0.5106045")]
    [InlineData("USW-Flex-XG, 6.2.14.13855", "1.3.6.1.4.1", "", "UniFi", "USW-Flex-XG", "USW-Flex-XG", "6.2.14.13855")]
    [InlineData("EdgeOS v1.8.0.4853089.160219.1607", "1.3.6.1.4.1.41112.1.5", "", "EdgeOS", "", "", "1.8.0")]
    public void Ubiquiti_Devices_Are_Told_Apart_By_SysDescr(
        string descr, string objectId, string entityModel, string os, string model, string modelName, string version)
    {
        var identity = Identify(descr, objectId, [], Chassis(entityModel) with { SoftwareRevision = "1.0.1.0" });

        Assert.Equal(("Ubiquiti", os, model, modelName, version),
            (identity.Vendor, identity.OsName, identity.Model, identity.ModelName, identity.OsVersion));
    }

    [Fact]
    public void An_Sbx8100_Chassis_Is_Named_By_Its_Object_Id_And_Its_Controller_Cards_Serial()
    {
        var identity = Identify("Allied Telesis router/switch, AW+ v5.4.7-2.1", "1.3.6.1.4.1.207.1.14.114",
        [
            ("1.3.6.1.4.1.207.8.4.4.3.21.1.1.4.1.1", "AT-SBx81GP24"), ("1.3.6.1.4.1.207.8.4.4.3.21.1.1.8.1.1", "A1XQD500P"),
            ("1.3.6.1.4.1.207.8.4.4.3.21.1.1.8.5.6", "A04699H130900048"), ("1.3.6.1.4.1.207.8.4.4.4.500.2.1.1.0", "5.4.7-2.1"),
        ]);

        Assert.Equal(("AT-SBx8106", "5.4.7-2.1", "A04699H130900048"), (identity.Model, identity.OsVersion, identity.Serial));
    }

    [Fact]
    public void Qtech_Puts_Model_Version_And_Serial_On_Lines_Of_SysDescr()
    {
        var identity = Identify("QSW-3400-28T-AC Device, Compiled Jun 17 14:34:45 2013\n SoftWare Version 6.2.201.11\n"
            + " BootRom Version 4.30.8\n HardWare Version 2.0\n Device serial number 00019711401010007262\n",
            "1.3.6.1.4.1.27514.1.1.1.221", []);

        Assert.Equal(("QSW-3400-28T-AC", "6.2.201.11", "00019711401010007262"),
            (identity.Model, identity.OsVersion, identity.Serial));
    }

    [Fact]
    public void A_DrayTek_Router_Is_Read_From_SysDescr()
    {
        var identity = Identify("DrayTek Corporation, Router Model: Vigor2962, Version: 4.3.2.5, Build Date/Time:Sep 28 2023 12:10:20",
            "1.3.6.1.4.1.7367", []);

        Assert.Equal(("Vigor2962", "4.3.2.5", DeviceRole.Router), (identity.Model, identity.OsVersion, identity.Role));
    }

    [Fact]
    public void A_Moxa_Switch_Gives_The_Full_Model_Of_Its_Product_Mib()
    {
        var identity = Identify("EDS-P506E-4PoE-2GTXSFP", "1.3.6.1.4.1.8691.7.162",
            [("1.3.6.1.4.1.8691.7.162.1.2.0", "EDS-P506E-4PoE-2GTXSFP-T"), ("1.3.6.1.4.1.8691.7.162.1.4.0", "V5.7  build 21071517")]);

        Assert.Equal(("EDS-P506E-4PoE-2GTXSFP-T", "V5.7  build 21071517"), (identity.Model, identity.OsVersion));
    }

    [Fact]
    public void An_Accton_Platform_Switch_Runs_The_Firmware_Of_Its_Management_Module()
    {
        var module = new DeviceComponent(201, "module", "stackmanaget.1") { FirmwareRevision = "1.2.2.17" };
        var identity = Identify("ECS2100-28P", "1.3.6.1.4.1.259.10.1.43.105", [],
            Chassis("ECS2100-28P") with { Serial = "EC1806001051", HardwareRevision = "R01" }, module);

        Assert.Equal(("Edgecore", "ECS2100-28P", "1.2.2.17", "EC1806001051"),
            (identity.Vendor, identity.Model, identity.OsVersion, identity.Serial));
    }

    [Fact]
    public void A_Planet_Switch_Reports_No_Serial_Where_Entity_Mib_Gives_Its_Mac()
    {
        var identity = Identify("PLANET IGS-10020MT Managed Switch", "1.3.6.1.4.1.10456.1.1516", [],
            Chassis("") with { Serial = "System MAC: a8-f7-e0-00-64-6a", SoftwareRevision = "2.28f130731" });

        Assert.Equal(("IGS-10020MT", "2.28f130731", ""), (identity.Model, identity.OsVersion, identity.Serial));
    }

    private static DeviceComponent Chassis(string model) => new(1, "chassis", "") { Model = model };

    private static DeviceIdentity Identify(
        string descr, string objectId, (string Oid, string Value)[] scalars, params DeviceComponent[] components)
    {
        var system = new SystemInfo(descr, objectId, 0, "", "", "", 0);
        var values = scalars.ToDictionary(s => Oid.Parse(s.Oid), s => (SnmpValue)OctetStringValue.FromText(s.Value));
        var definition = DeviceDefinitions.BuiltIn().For(system);
        return DeviceIdentifier.Identify(definition, new IdentityFacts(system, components, values));
    }
}

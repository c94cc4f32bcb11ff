using NetMapper.Discovery.Collectors;
using NetMapper.Discovery.Definitions;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests.Definitions;

/// <summary>The built-in enterprise definitions, fed the sysDescr and vendor values of real recordings (no network).</summary>
public class EnterpriseDefinitionTests
{
    [Fact]
    public void Nokia_Reads_The_Chassis_Type_Name_At_The_Row_Its_Chassis_Type_Names()
    {
        var identity = Identify("TiMOS-C-10.0.R4 cpm/hops Nokia SAS-R 7210 Copyright (c) 2000-2018 Nokia.",
            "1.3.6.1.4.1.6527.6.2.1.2.6.1",
            ("1.3.6.1.4.1.6527.3.1.2.2.1.3.1.4.1", UnsignedValue.Gauge32(26)),
            ("1.3.6.1.4.1.6527.3.1.2.2.1.6.1.2.26", Text("7210 SAS-R6")),
            ("1.3.6.1.4.1.6527.3.1.2.2.1.6.1.2.27", Text("7210 SAS-R12")),
            ("1.3.6.1.4.1.6527.3.1.2.2.1.8.1.5.1.50331649", Text("NS1806C3752")));

        Assert.Equal(("nokia-sros", "7210 SAS-R6", "10.0.R4", "NS1806C3752"),
            (identity.Profile, identity.Model, identity.OsVersion, identity.Serial));
        Assert.Equal(DeviceRole.Switch, identity.Role);
    }

    [Fact]
    public void A_Get_With_An_Index_Reads_Nothing_While_The_Index_Has_No_Number()
    {
        var identity = Identify("TiMOS-B-9.0.R11 both/hops Nokia 7705 SAR", "1.3.6.1.4.1.6527.6.1.1.2.1",
            ("1.3.6.1.4.1.6527.3.1.2.2.1.6.1.2.23", Text("7705 SAR-8 v2")));

        Assert.Equal(("", DeviceRole.Router), (identity.Model, identity.Role));
    }

    [Fact]
    public void Index_Is_Refused_On_A_Source_That_Is_No_Get()
    {
        const string Yaml = """
            format: netmapper-definitions/1
            definitions:
              - id: x
                match: { sysObjectId: [1.3.6.1.4.1.6527] }
                model:
                  - walk: 1.3.6.1.4.1.6527.3.1.2.2.1.6.1.2
                    index: 1.3.6.1.4.1.6527.3.1.2.2.1.3.1.4.1
            """;

        var error = Assert.Throws<DefinitionException>(() => DefinitionReader.Parse(Yaml, "site.yaml"));

        Assert.Contains("site.yaml:6: definitions[0].model[0].index: only a get source has an index", error.Problems);
    }

    [Theory]
    [InlineData("HP J9625A 2620-24-PoEP Switch, revision RA.16.02.0012, ROM RA.15.13 (/ws/swbuildm/rel_spokane_qaoff/code)",
        "1.3.6.1.4.1.11.2.3.7.11.131", "arubaos-switch", "J9625A", "2620-24-PoEP", "RA.16.02.0012")]
    [InlineData("HP 1810-24G, PL.1.9, eCos-3.0, 1_12_8-customized-h", "1.3.6.1.4.1.11.2.3.7.11.151",
        "hpe-officeconnect", "1810-24G", "", "PL.1.9")]
    [InlineData("HPE OfficeConnect Switch 1920S 24G 2SFP JL381A, PD.01.05, Linux 3.6.5-ac96795c, U-Boot 2012.10",
        "1.3.6.1.4.1.11.2.3.7.11.184", "hpe-officeconnect", "JL381A", "OfficeConnect Switch 1920S 24G 2SFP", "PD.01.05")]
    [InlineData("Aruba Instant On 1930 48G Class4 PoE 4SFP/SFP  370W Switch JL686A, InstantOn_1930_1.0.5.0 (139), Linux",
        "1.3.6.1.4.1.11.2.3.7.11.200", "aruba-instant-on-switch", "JL686A",
        "Instant On 1930 48G Class4 PoE 4SFP/SFP  370W Switch", "1.0.5.0")]
    [InlineData("PROCURVE J9029A - PA.03.10", "1.3.6.1.4.1.11.2.3.7.11.66", "arubaos-switch", "J9029A", "", "PA.03.10")]
    public void Hp_Switches_Under_ProCurves_Branch_Are_Told_Apart_By_sysDescr(
        string descr, string objectId, string profile, string model, string modelName, string version)
    {
        var identity = Identify(descr, objectId);

        Assert.Equal((profile, model, modelName, version),
            (identity.Profile, identity.Model, identity.ModelName, identity.OsVersion));
    }

    [Theory]
    [InlineData("ArubaOS (MODEL: Aruba7210), Version 8.2.0.2 (62929)", "1.3.6.1.4.1.14823.1.1.32", "Aruba7210", "8.2.0.2",
        DeviceRole.WirelessController)]
    [InlineData("ArubaOS (MODEL: 225), Version 8.4.0.0-8.4.0.0", "1.3.6.1.4.1.14823.1.2.59", "225", "8.4.0.0-8.4.0.0",
        DeviceRole.AccessPoint)]
    [InlineData("AOS-W (MODEL: OAW-6000), Version 6.3.1.23 (56687)", "1.3.6.1.4.1.6486.800.1.1.2.2.2.1.1.4", "OAW-6000",
        "6.3.1.23", DeviceRole.WirelessController)]
    public void ArubaOS_Controllers_And_Access_Points_Differ_By_Product_Branch(
        string descr, string objectId, string model, string version, DeviceRole role)
    {
        var identity = Identify(descr, objectId);

        Assert.Equal((model, version, role), (identity.Model, identity.OsVersion, identity.Role));
    }

    [Fact]
    public void Huawei_NetEngine_Names_Its_Model_On_The_Last_Line_And_Its_Product_Line_In_hwProductName()
    {
        var identity = Identify("Huawei Versatile Routing Platform Software\nVRP (R) software, Version 8.200 (NetEngine 8000 "
            + "V800R012C10SPC300) \r\nCopyright (C) 2012-2020 Huawei Technologies Co., Ltd. \r\nHUAWEI NetEngine 8000 F1A-8H20Q",
            "1.3.6.1.4.1.2011.2.360.1.5", ("1.3.6.1.4.1.2011.5.25.188.1.4.0", Text("NetEngine 8000")));

        Assert.Equal(("NetEngine 8000 F1A-8H20Q", "NetEngine 8000", "8.200 (V800R012C10SPC300)", DeviceRole.Router),
            (identity.Model, identity.ModelName, identity.OsVersion, identity.Role));
    }

    [Fact]
    public void Huawei_Appends_The_Hot_Patch_Its_Patch_Table_Lists_And_Nothing_When_The_Table_Is_Empty()
    {
        const string Descr = "Huawei AR169F Huawei Versatile Routing Platform Software  VRP (R) software,Version 5.170 (AR160 "
            + "V200R009C00SPC500) Copyright (C) 2011-2018 Huawei Technologies Co., Ltd";
        var patched = Identify(Descr, "1.3.6.1.4.1.2011.2.224.62",
            ("1.3.6.1.4.1.2011.5.25.19.1.8.5.1.1.4.0.0", Text("ARV200R009SPH025")),
            ("1.3.6.1.4.1.2011.5.25.19.1.8.5.1.1.5.0.0", Text("V200R009C00SPC500")));
        var unpatched = Identify(Descr, "1.3.6.1.4.1.2011.2.224.62",
            ("1.3.6.1.4.1.2011.5.25.19.1.8.5.1.1.5.0.0", Text("V200R009C00SPC500")));

        Assert.Equal("5.170 (V200R009C00SPC500) [ARV200R009SPH025]", patched.OsVersion);
        Assert.Equal("5.170 (V200R009C00SPC500)", unpatched.OsVersion);
    }

    [Theory]
    [InlineData("\"S5720-56C-PWR-EI-AC\nHuawei Versatile Routing Platform Software \r\n VRP (R) software,Version 5.170 "
        + "(S5720 V200R019C10SPC500) \r\n Copyright (C) 2007 Huawei Technologies Co., Ltd.\"", "S5720-56C-PWR-EI-AC",
        "5.170 (V200R019C10SPC500)", DeviceRole.Switch)]
    [InlineData("Huawei AR169F Huawei Versatile Routing Platform Software  VRP (R) software,Version 5.170 (AR160 "
        + "V200R009C00SPC500) Copyright (C) 2011-2018 Huawei Technologies Co., Ltd", "AR169F", "5.170 (V200R009C00SPC500)",
        DeviceRole.Router)]
    public void Huawei_Switches_And_Routers_Name_Their_Model_In_sysDescr(
        string descr, string model, string version, DeviceRole role)
    {
        var identity = Identify(descr, "1.3.6.1.4.1.2011.2.23.291");

        Assert.Equal((model, version, role), (identity.Model, identity.OsVersion, identity.Role));
    }

    [Theory]
    [InlineData("ExtremeXOS (X650-24x(SSns)) version 15.3.5.2 v1535b2-patch1-14 by release-manager on Fri Jun 16 2017",
        "1.3.6.1.4.1.1916.2.118", "extreme-exos", "X650-24x(SSns)", "15.3.5.2")]
    [InlineData("XA1440 (8.2.0.0_B020) (PRIVATE)", "1.3.6.1.4.1.1916.2.337", "extreme-voss", "XA1440", "8.2.0.0_B020")]
    [InlineData("VSP-8404C (6.1.2.1)", "1.3.6.1.4.1.2272.220", "extreme-voss", "VSP-8404C", "6.1.2.1")]
    [InlineData("Ethernet Routing Switch 5530-24TFD    HW:32       FW:6.0.0.18  SW:v6.3.2.011 BN:11 (c) Avaya Networks",
        "1.3.6.1.4.1.45.3.65", "extreme-boss", "5530-24TFD", "6.3.2.011")]
    [InlineData("Enterasys Networks, Inc. G3G124-24P Rev 06.03.08.0012", "1.3.6.1.4.1.5624.2.1.124", "extreme-enterasys",
        "G3G124-24P", "06.03.08.0012")]
    [InlineData("Ruckus Wireless, Inc. ICX7650-48F, IronWare Version 09.0.10j_cd7T231 Compiled on Feb 19 2025 at 21:24:30 "
        + "labeled as TNS09010j_cd7", "1.3.6.1.4.1.1991.1.3.48.11.1", "ruckus-icx", "ICX7650-48F", "09.0.10j_cd7")]
    [InlineData("AX Series Advanced Traffic Manager AXvThunder, ACOS 2.7.2-P4-SP1,", "1.3.6.1.4.1.22610.1.3.13", "a10-acos",
        "AXvThunder", "2.7.2-P4-SP1")]
    public void Model_And_Version_Come_From_sysDescr(string descr, string objectId, string profile, string model, string version)
    {
        var identity = Identify(descr, objectId);

        Assert.Equal((profile, model, version), (identity.Profile, identity.Model, identity.OsVersion));
    }

    [Fact]
    public void Comware_Keeps_The_Release_In_Its_Version_And_Names_The_Switch()
    {
        var identity = Identify("HP Comware Platform Software, Software Version 5.20.99 Release 2222P08\nHP A5500-24G EI Switch "
            + "with 2 Interface Slots\r\nCopyright (c) 2010-2017 Hewlett Packard Enterprise Development LP",
            "1.3.6.1.4.1.25506.11.1.24");

        Assert.Equal(("hpe-comware", "5.20.99 Release 2222P08", "A5500-24G EI Switch with 2 Interface Slots"),
            (identity.Profile, identity.OsVersion, identity.ModelName));
    }

    [Theory]
    [InlineData("FortiSwitch-248D-FPOE v3.3.3,build4047,160219 (GA)", "FortiSwitch-248D-FPOE", "3.3.3")]
    [InlineData("S548DF-v7.2.5-build0453,230511 (GA)", "S548DF", "7.2.5")]
    public void FortiSwitch_Splits_fsSysVersion_Into_Model_And_Version(string fsSysVersion, string model, string version)
    {
        var identity = Identify("", "1.3.6.1.4.1.12356.106.1.2482", ("1.3.6.1.4.1.12356.106.4.1.1.0", Text(fsSysVersion)));

        Assert.Equal(("fortinet-fortiswitch", model, version), (identity.Profile, identity.Model, identity.OsVersion));
    }

    [Theory]
    [InlineData("Linux CP1100 2.6.22.18 #1 Thu May 10 14:36:02 IDT 2018 armv5tejl", "checkpoint-gaia-embedded")]
    [InlineData("Linux web01 5.14.0-427.13.1.el9_4.x86_64 #1 SMP PREEMPT_DYNAMIC x86_64", "net-snmp")]
    public void Gaia_Embedded_Is_Told_From_A_Linux_Server_By_Its_Appliance_Name(string descr, string profile)
    {
        var identity = Identify(descr, "1.3.6.1.4.1.8072.3.2.10", ("1.3.6.1.4.1.2620.1.6.16.7.0", Text("CP 1100")));

        Assert.Equal(profile, identity.Profile);
    }

    private static DeviceIdentity Identify(string descr, string objectId, params (string Oid, SnmpValue Value)[] scalars)
    {
        var system = new SystemInfo(descr, objectId, 0, "", "", "", 0);
        var values = scalars.ToDictionary(s => Oid.Parse(s.Oid), s => s.Value);
        var definition = DeviceDefinitions.BuiltIn().For(system);
        return DeviceIdentifier.Identify(definition, new IdentityFacts(system, [], values));
    }

    private static OctetStringValue Text(string text) => OctetStringValue.FromText(text);
}

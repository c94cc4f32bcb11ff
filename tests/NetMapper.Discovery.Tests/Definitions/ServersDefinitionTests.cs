using NetMapper.Discovery.Collectors;
using NetMapper.Discovery.Definitions;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests.Definitions;

/// <summary>
/// Servers, appliances and the rest, identified by the built-in definitions from the system group and vendor objects
/// real devices answered (no network).
/// </summary>
public class ServersDefinitionTests
{
    [Fact]
    public void A_Dell_Os9_Switch_Is_Named_By_Its_SysDescr_Series_And_Application_Version()
    {
        var identity = Identify("1.3.6.1.4.1.6027.1.3.20", "Dell Networking OS Operating System Version: 2.0 Application "
            + "Software Version: 9.9(0.0P9) Series: S4048-ON Copyright (c) 1999-2015 by Dell Inc. All Rights Reserved.");

        Assert.Equal(("dell-os9", "S4048-ON", "9.9(0.0P9)"), (identity.Profile, identity.Model, identity.OsVersion));
    }

    [Fact]
    public void A_Force10_Chassis_Is_Named_From_F10_Products_Mib_And_Its_Version_Stops_Before_The_Line_Break()
    {
        var identity = Identify("1.3.6.1.4.1.6027.1.2.1", "Force10 Networks Real Time Operating System Software\uFFFDForce10 "
            + "Application Software Version: 8.3.2.0\uFFFDCopyright (c) 1999-2010 by Force10 Networks, Inc.");

        Assert.Equal(("dell-ftos", "FTOS", "C300", "8.3.2.0"),
            (identity.Profile, identity.OsName, identity.Model, identity.OsVersion));
    }

    [Theory]
    [InlineData("PowerConnect 6248, 3.3.7.3, VxWorks 6.5", "PowerConnect 6248", "", "3.3.7.3")]
    [InlineData("Dell EMC Networking N1524P, 6.6.0.13, Linux 3.6.5, Not Available", "N1524P", "Dell EMC Networking N1524P",
        "6.6.0.13")]
    [InlineData("24G Ethernet Switch", "24G", "", "")]
    [InlineData("24-port 10/100/1000 Gigabit Switch", "", "", "")]
    public void A_PowerConnect_Model_Is_The_Model_Number_From_SysDescr(string descr, string model, string name, string version)
    {
        var identity = Identify("1.3.6.1.4.1.674.10895.3011", descr);

        Assert.Equal((model, name, version), (identity.Model, identity.ModelName, identity.OsVersion));
    }

    [Fact]
    public void A_PowerConnect_That_Describes_Only_Its_Ports_Is_Named_By_Dell_Vendor_Mib()
    {
        var identity = Identify("1.3.6.1.4.1.674.10895.3028", "24-port 10/100/1000 Gigabit Switch",
            ("1.3.6.1.4.1.674.10895.3000.1.2.100.1.0", "PowerConnect 2824"), ("1.3.6.1.4.1.674.10895.3000.1.2.100.4.0", "1.0.0.45"),
            ("1.3.6.1.4.1.674.10895.3000.1.2.100.8.1.2.1", "CN0000000000000000000"));

        Assert.Equal(("PowerConnect 2824", "1.0.0.45", "CN0000000000000000000"),
            (identity.Model, identity.OsVersion, identity.Serial));
    }

    [Fact]
    public void An_Idrac_Is_Named_By_The_Server_It_Manages()
    {
        var identity = Identify("1.3.6.1.4.1.674.10892.5", "",
            ("1.3.6.1.4.1.674.10892.5.1.3.12.0", "PowerEdge R640"), ("1.3.6.1.4.1.674.10892.2.1.1.11.0", "1234ABC"),
            ("1.3.6.1.4.1.674.10892.2.1.2.1.0", "5.10.10.00"));

        Assert.Equal(("Dell", "iDRAC", "PowerEdge R640", "1234ABC", "5.10.10.00", DeviceRole.Server),
            (identity.Vendor, identity.OsName, identity.Model, identity.Serial, identity.OsVersion, identity.Role));
    }

    [Theory]
    [InlineData("1.3.6.1.4.1.311.1.1.3.1.1", "Hardware: AMD64 Family 16 Model 8 Stepping 0 AT/AT COMPATIBLE - Software: Windows "
        + "Version 6.1 (Build 7600 Multiprocessor Free)", "6.1.7600", "AMD x64", DeviceRole.Host)]
    [InlineData("1.3.6.1.4.1.311.1.1.3.1.2", "Hardware: x86 Family 6 Model 1 Stepping 9 AT/AT COMPATIBLE  - Software: Windows "
        + "NT Version 4.0  (Build Number: 1381 Multiprocessor Free )", "4.0.1381", "Generic x86", DeviceRole.Server)]
    public void Windows_Reports_Version_And_Build_And_Its_Product_Type(
        string objectId, string descr, string version, string model, DeviceRole role)
    {
        var identity = Identify(objectId, descr);

        Assert.Equal(("Microsoft", "Windows", version, model, role),
            (identity.Vendor, identity.OsName, identity.OsVersion, identity.Model, identity.Role));
    }

    [Fact]
    public void An_Apc_Card_Names_Both_Firmwares_And_The_Device_Behind_It()
    {
        var identity = Identify("1.3.6.1.4.1.318.1.3.4.8", "APC Web/SNMP Management Card (MB:v4.1.0 PF:v6.8.2 "
            + "PN:apc_hw05_aos_682.bin AF1:v6.8.0 AN1:apc_hw05_rpdu2g_680.bin MN:AP7900B HR:B2 SN: ZA1732000177 MD:08/07/2017) ");

        Assert.Equal(("AOS v6.8.2 / App v6.8.0", "AP7900B", "ZA1732000177"), (identity.OsVersion, identity.Model, identity.Serial));
    }

    [Theory]
    [InlineData("1.3.6.1.4.1.14988.1", "RouterOS RBDynaDishG-5HacD", "mikrotik-routeros", "RBDynaDishG-5HacD", "")]
    [InlineData("1.3.6.1.4.1.26928.1", "AP130, HiveOS 8.1r2a build-178408", "hiveos", "AP130", "8.1r2a build-178408")]
    [InlineData("1.3.6.1.4.1.30803", "Vyatta VyOS 1.1.7", "vyos", "", "1.1.7")]
    [InlineData("1.3.6.1.4.1.12325.1.1.2.1.1", "pfSense 2.3.2-RELEASE pfSense FreeBSD 10.3-RELEASE-p5 amd64", "pfsense", "amd64",
        "2.3.2-RELEASE")]
    [InlineData("1.3.6.1.4.1.8072.3.2.10", "Linux mso 4.19.97+ #1294 Thu Jan 30 13:10:54 GMT 2020 armv6l", "net-snmp",
        "Generic ARMv6", "4.19.97+")]
    [InlineData("1.3.6.1.4.1.36673.100.1.2.1.1.2", "Hardware Model:EC_AS7712-32X, Software version: OcNOS,6.5.2.101", "ocnos",
        "AS7712-32X", "6.5.2.101")]
    public void The_SysDescr_Alone_Names_Model_And_Version(string objectId, string descr, string id, string model, string version)
    {
        var identity = Identify(objectId, descr);

        Assert.Equal((id, model, version), (identity.Profile, identity.Model, identity.OsVersion));
    }

    [Fact]
    public void OcNos_Names_The_Platform_Without_The_Makers_Prefix()
    {
        var identity = Identify("1.3.6.1.4.1.36673.100.1.2.1.1.2", "Hardware Model:UFI_S9600-32X, Software version: OcNOS,6.0.1.11",
            ("1.3.6.1.4.1.36673.100.1.2.1.1.2.1", "S9600-32X-R"));

        Assert.Equal(("S9600-32X-R", "S9600-32X"), (identity.Model, identity.ModelName));
    }

    [Fact]
    public void Opnsense_Is_Told_From_Other_FreeBSD_By_Its_Kernel_Branch_And_Read_From_Its_Version_Extend()
    {
        const string descr = "FreeBSD fw1-eri1.OPN 11.2-RELEASE-p16-HBSD FreeBSD 11.2-RELEASE-p16-HBSD  "
            + "fc65add89c3(stable/20.1) amd64";
        var identity = Identify("1.3.6.1.4.1.8072.3.2.8", descr,
            ("1.3.6.1.4.1.8072.1.3.2.3.1.2.7.118.101.114.115.105.111.110", "OPNsense 20.1.2 (amd64/OpenSSL)"));

        Assert.Equal(("opnsense", "20.1.2", "amd64", DeviceRole.Firewall),
            (identity.Profile, identity.OsVersion, identity.Model, identity.Role));
        Assert.Equal("generic", Identify("1.3.6.1.4.1.8072.3.2.8", "FreeBSD host 14.1-RELEASE FreeBSD 14.1-RELEASE amd64").Profile);
    }

    [Fact]
    public void A_Cumulus_Switch_Is_Named_By_The_Product_In_Its_Chassis_Description()
    {
        var chassis = new DeviceComponent(1, "chassis", "as4610-1")
        {
            Description = "Cumulus Networks arm-accton_as4610_54-r0 4610-54P-O-AC-F Chassis", Model = "FP1ZZ5654001A",
            Serial = "EC1713000000", SoftwareRevision = "Cumulus Linux 3.5.3 (Linux Kernel 4.1.33-1+cl3u12)",
        };
        var system = new SystemInfo("Cumulus Linux 3.5.3 (Linux Kernel 4.1.33-1+cl3u12)", "1.3.6.1.4.1.40310", 0, "", "", "", 0);
        var definition = DeviceDefinitions.BuiltIn().For(system);
        var identity = DeviceIdentifier.Identify(definition, new IdentityFacts(system, [chassis], new Dictionary<Oid, SnmpValue>()));

        Assert.Equal(("4610-54P-O-AC-F", "3.5.3", "EC1713000000"), (identity.Model, identity.OsVersion, identity.Serial));
    }

    private static DeviceIdentity Identify(string objectId, string descr, params (string Oid, string Text)[] scalars)
    {
        var system = new SystemInfo(descr, objectId, 0, "", "", "", 0);
        var values = scalars.ToDictionary(s => Oid.Parse(s.Oid), s => (SnmpValue)OctetStringValue.FromText(s.Text));
        var definition = DeviceDefinitions.BuiltIn().For(system);
        return DeviceIdentifier.Identify(definition, new IdentityFacts(system, [], values));
    }
}

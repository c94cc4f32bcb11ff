namespace NetMapper.Discovery.Tests.Coverage;

public static partial class CoverageDifferences
{
    private const string ServersNoLinksModule =
        "LibreNMS's test data for this recording has no discovery-protocols module, so its 0 counts nothing";

    private const string ServersDellOs9Ports = "fortyGigE 1/50, 1/53, 1/54 and ManagementEthernet 1/1 to abc-cs2 and abc-ag7";

    private static Difference[] Servers =>
    [
        // APC: LibreNMS appends the hardware revision to the model.
        new("apc_ap7900b", "model", "AP7900B",
            "rPDUIdentModelNumber is AP7900B; LibreNMS appends rPDUIdentHardwareRev (B2), a revision, not a model."),
        new("apc_ats", "model", "AP4423",
            "atsIdentModelNumber is AP4423; LibreNMS appends atsIdentHardwareRev (R01), a revision, not a model."),
        new("apc_ats", "version", "AOS v6.4.6 / App v6.4.7",
            "sysDescr says PF:v6.4.6 and AF1:v6.4.7, matching its firmware files apc_hw05_aos_646.bin and "
            + "apc_hw05_ats4g_647.bin; LibreNMS reads PowerNet-MIB's experimental NMC table, which here says v2.6.4 / v1.0.6."),

        // Cumulus: ENTITY-MIB's chassis description holds vendor, ONIE platform and product.
        new("cumulus_edgecore-as4610-54p", "model", "4610-54P-O-AC-F",
            "NetMapper reads the product from entPhysicalDescr ('Cumulus Networks arm-accton_as4610_54-r0 "
            + "4610-54P-O-AC-F Chassis'); LibreNMS shows the whole description."),
        new("cumulus_edgecore-as4610-54p", "version", "3.5.3",
            "The Cumulus Linux release from entPhysicalSoftwareRev; LibreNMS keeps the kernel beside it "
            + "('3.5.3 (Linux Kernel 4.1.33-1+cl3u12)')."),

        // Dell OS9: LLDP neighbours LibreNMS's test data does not cover.
        new("dnos", "neighbours", "4",
            $"lldpRemTable has 4 rows ({ServersDellOs9Ports}); {ServersNoLinksModule}."),
        new("dnos_s4048", "neighbours", "4",
            $"lldpRemTable has 4 rows ({ServersDellOs9Ports}); {ServersNoLinksModule}."),

        // OcNOS: LibreNMS puts the maker (cmmStackVendorName) before the part number.
        new("ocnos", "model", "S9600-32X-R",
            "cmmStackUnitModelName is S9600-32X-R; LibreNMS prefixes cmmStackVendorName ('Ufi Space')."),
        new("ocnos_as5916-54x", "model", "7712-32X-O-AC-F",
            "cmmStackUnitModelName is 7712-32X-O-AC-F; LibreNMS prefixes cmmStackVendorName ('Edgecore')."),
        new("ocnos_as7712-32x", "model", "7712-32X-O-AC-F",
            "cmmStackUnitModelName is 7712-32X-O-AC-F; LibreNMS prefixes cmmStackVendorName ('Edgecore')."),

        new("opnsense_1", "model", "amd64",
            "The version extend says 'OPNsense 20.1.2 (amd64/OpenSSL)': amd64 is the machine, OpenSSL the build's "
            + "crypto library, which LibreNMS keeps in the model."),

        // RouterOS: LLDP neighbours LibreNMS's test data does not cover.
        new("routeros", "neighbours", "8",
            "lldpRemTable has 14 rows under MikroTik's mixed one-arc and three-arc indexes: 8 distinct neighbours, "
            + $"repeats, and 2 rows with chassis 00:00:00:00:00:00 and no port, which name no neighbour; {ServersNoLinksModule}."),
        new("routeros_rb433gl", "neighbours", "2",
            $"lldpRemTable has 2 rows (sw72.hemiko and mkt202.hemiko); {ServersNoLinksModule}."),
        new("routeros_wifi", "neighbours", "2",
            "lldpRemTable has 4 rows, each of its 2 neighbours (Spoj Jizak-Kupeckeho-60G, Jizak) listed twice under "
            + $"local port 0; {ServersNoLinksModule}."),

        new("ruckuswireless_zd1200", "version", "9.13.3.0 build 145",
            "ruckusZDSystemVersion is '9.13.3.0 build 145'; LibreNMS appends ruckusZDSystemCountryCode ('(US)'), "
            + "a regulatory setting, not a version."),
        new("sonicwall_sma-400", "version", "8.6.0.3-11sv",
            "snwlSysFirmwareVersion is 8.6.0.3-11sv; LibreNMS wraps it with the boot ROM's snwlSysROMVersion "
            + "('(Firmware 8.6.0.3-11sv / ROM 5.0.0.5)')."),

        // Windows: sysDescr gives version and build; LibreNMS names a release from its own build table.
        new("windows_1381s", "version", "4.0.1381",
            "sysDescr says 'Windows NT Version 4.0 (Build Number: 1381'; NetMapper reports Windows' major.minor.build, "
            + "LibreNMS a release name ('NT Server 4.0') from its own table of builds."),
        new("windows_2195d", "version", "5.0.2195",
            "sysDescr says 'Windows 2000 Version 5.0 (Build 2195'; LibreNMS's '2000 Datacenter Server' reads "
            + "sysObjectID 311.1.1.3.1.3 as Datacenter, but the Windows agent gives that OID to domain controllers (windowsNTDC)."),
        new("windows_2600c", "version", "5.1.2600",
            "sysDescr says 'Windows 2000 Version 5.1 (Build 2600'; NetMapper reports the version and build, LibreNMS a "
            + "release name ('XP (NT 5.1)') from its own table of builds."),
        new("windows_7600c", "version", "6.1.7600",
            "sysDescr says 'Windows Version 6.1 (Build 7600'; NetMapper reports the version and build, LibreNMS a "
            + "release name ('7 (NT 6.1)') from its own table of builds."),
    ];
}

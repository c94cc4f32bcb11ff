namespace NetMapper.Discovery.Tests.Coverage;

public static partial class CoverageDifferences
{
    private static Difference[] Cisco =>
    [
        new("ciscosb_c1200", "model", "C1200-8T-D", CiscoSbModel("C1200-8T-D", "V02")),
        new("ciscosb_c1200", "version", "4.1.6.53",
            CiscoSbVersion("4.1.6.53", "Software 4.1.6.53, Bootldr 2.0.17, Firmware 2.0.17")),
        new("ciscosb_cbs350-4x", "model", "CBS350-24P-4X", CiscoSbModel("CBS350-24P-4X", "V01")),
        new("ciscosb_cbs350-4x", "version", "3.1.1.4",
            CiscoSbVersion("3.1.1.4", "Software 3.1.1.4, Bootldr 3.0.0.40, Firmware 3.0.0.40")),
        new("ciscosb_cbs350-4x", "neighbours", "22", "lldpRemTable has 22 rows; LibreNMS drops the two on "
            + "TenGigabitEthernet1/0/2 and 2/0/2 (chassis 00:0e:1e:d6:82:69 and :68), which announce no system name; "
            + "they are still neighbours."),
        new("ciscosb_sg350-10", "version", "1.0.0", CiscoSbVersion("1.0.0", "Software 1.0.0, Firmware 1.0.0")),
        new("ciscosb_sge", "model", "SGE2010", "the chassis' entPhysicalDescr is SGE2010; LibreNMS builds 'SGE2010-48 "
            + "00.00.01' from the sysObjectID arc, the port count at the start of sysDescr and the hardware version."),
        new("ciscosb_sge", "version", "3.0.0.18",
            CiscoSbVersion("3.0.0.18", "Software 3.0.0.18, Firmware 2.0.0.03")),
        new("iosxe_asr920", "version", "17.6.2",
            CiscoImageFamily("17.6.2", "PPC_LINUX_IOSD-UNIVERSALK9_NPE-M")),
        new("iosxe_c8500-20x6c", "model", "C8500-20X6C", "the chassis has no entPhysicalModelName; its entPhysicalDescr "
            + "'Cisco C8500-20X6C Chassis' names the product (CISCO-PRODUCTS-MIB ciscoC850020X6C agrees). LibreNMS shows "
            + "the entity's name, 'Chassis'."),
        new("iosxe_c9300", "version", "16.6.7", CiscoImageFamily("16.6.7", "CAT9K_IOSXE")),
        new("iosxe_c9400-svl", "model", "C9404R", "the pair's first chassis ('Switch 1 Chassis') is a C9404R; "
            + "LibreNMS takes entPhysicalModelName.1000, the C9400-LC-48U line card in its slot 1."),
        new("iosxe_c9400-svl", "serial", "FJL2635P2PV", "the serial of that 'Switch 1 Chassis'; LibreNMS's JAE214600ZR "
            + "is the line card's (entPhysicalSerialNum.1000)."),
        new("iosxe_c9400-svl", "version", "17.15.2", CiscoImageFamily("17.15.2", "CAT9K_IOSXE")),
        new("iosxe_c9500h-svl", "version", "17.12.4", CiscoImageFamily("17.12.4", "CAT9K_IOSXE")),
        new("iosxe_ir1101", "version", "17.3.1",
            CiscoImageFamily("17.3.1", "ARMV8EL_LINUX_IOSD-UNIVERSALK9_IOT-M")),
        new("iosxr_asr9001", "model", "ASR-9001", "the chassis' entPhysicalModelName is ASR-9001, the product ID; "
            + "LibreNMS shows the series from sysDescr ('ASR9K Series')."),
        new("ise_3595", "model", "SNS-3595-K9", "entPhysicalModelName is SNS-3595-K9; LibreNMS appends the hardware "
            + "revision ('rev A0', entPhysicalHardwareRev)."),
    ];

    private static string CiscoImageFamily(string version, string image) =>
        $"sysDescr's 'Version {version}' is the release; LibreNMS puts the image name from the parentheses before it "
        + $"({image}), which names the build, not the release.";

    private static string CiscoSbVersion(string version, string libreNms) =>
        $"rlPhdUnitGenParamSoftwareVersion.1 is {version}; LibreNMS joins it with the boot loader and firmware versions "
        + $"('{libreNms}'), which are other components.";

    private static string CiscoSbModel(string model, string revision) =>
        $"rlPhdUnitGenParamModelName.1 is {model}; LibreNMS appends the hardware version {revision} "
        + "(rlPhdUnitGenParamHardwareVersion), a revision of that product.";
}

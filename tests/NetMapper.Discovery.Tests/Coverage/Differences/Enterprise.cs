namespace NetMapper.Discovery.Tests.Coverage;

public static partial class CoverageDifferences
{
    private static Difference[] Enterprise =>
    [
        // A10
        new("acos_vthunder", "version", "2.7.2-P4-SP1", "sysDescr names the running release ('ACOS 2.7.2-P4-SP1'); "
            + "LibreNMS reads A10-AX-MIB axSysPrimaryVersionOnDisk, the image on the primary disk, with its build."),

        // Arista (arista.yaml)
        new("arista_eos", "neighbours", "6", "the recording has 6 lldpRemTable rows (Ethernet1, 3, 5, 6, 47 and 48); "
            + "LibreNMS derived no link from them."),

        // HPE Aruba
        new("arubaos-cx_10.06", "neighbours", "39", "44 lldpRemTable rows, anonymised to one chassis ID, are 39 distinct "
            + "(local port, chassis ID, port ID) neighbours; LibreNMS links only the 27 that announce a system name, "
            + "less the one on the management port (lldpLocPortNum 4000), so 26."),
        new("arubaos-cx_10.07", "model", "JL727A", "the chassis's entPhysicalModelName is the product ID, its "
            + "entPhysicalDescr the model name; LibreNMS shows the description of entity 1, the VSF stack "
            + "('Aruba 6200 VSF Stack'), which names no product."),
        new("arubaos-cx_10.07", "neighbours", "35", "70 lldpRemTable rows, anonymised to one chassis ID, are 35 distinct "
            + "(local port, chassis ID, port ID) neighbours; LibreNMS drops the one on 1/1/38, whose rows announce no "
            + "system name."),
        new("arubaos-cx_6300m", "model", "JL658A", "the entities carry no model column; the sysObjectID "
            + "(47196.4.1.1.1.100) is arubaWiredSwitchJL658A in ARUBAWIRED-NETWORKING-OID. LibreNMS shows the "
            + "description of entity 1, the VSF stack ('Aruba 6300 VSF Stack')."),
        new("procurve", "model", "JL074A", "sysDescr says only 'HP Stack'; the chassis entity names the product ID "
            + "(entPhysicalModelName JL074A). LibreNMS shows 'Stack' from sysDescr."),
        new("procurve", "neighbours", "7", "the recording has 7 lldpRemTable rows on 7 ports; LibreNMS drops the one "
            + "on port 31, which announces no system name."),
        new("procurve_184", "model", "JL381A", "sysDescr 'HPE OfficeConnect Switch 1920S 24G 2SFP JL381A': NetMapper "
            + "reports the product ID, with 'OfficeConnect Switch 1920S 24G 2SFP' as the model name; LibreNMS joins "
            + "the name and the ID in one text."),
        new("procurve_200", "model", "JL686A", "sysDescr 'Aruba Instant On 1930 48G Class4 PoE 4SFP/SFP 370W Switch "
            + "JL686A': NetMapper reports the product ID, with the name before it as the model name; LibreNMS joins "
            + "the name (without 'Switch') and the ID in one text."),

        // HPE Comware
        new("comware_a5500", "version", "5.20.99 Release 2222P08", "sysDescr and entPhysicalSoftwareRev both say "
            + "'5.20.99 Release 2222P08'; LibreNMS drops the release, which is what tells one 5.20.99 build from "
            + "another (HPE's fixes and advisories name releases)."),

        // Extreme
        new("boss", "model", "5530-24TFD", "sysDescr 'Ethernet Routing Switch 5530-24TFD': NetMapper reports the model "
            + "number, with 'Ethernet Routing Switch 5530-24TFD' as the model name; LibreNMS abbreviates the family "
            + "into 'ERS-5530-24TFD'."),
        new("xos_x650", "model", "X650-24x(SSns)", "sysDescr 'ExtremeXOS (X650-24x(SSns)) ...' names the model; "
            + "LibreNMS prefixes the series name, 'Summit'."),

        // Juniper
        new("junos", "model", "SRX100H2", "sysDescr names the srx100h2; LibreNMS prefixes the vendor ('Juniper SRX100H2')."),
        new("junos", "version", "12.3X48-D35.7", "sysDescr says 'srx100h2 ... kernel JUNOS 12.3X48-D35.7'; LibreNMS "
            + "takes jnxVirtualChassisMemberSWVersion (12.3R11.2), which in this recording describes two ex4200-24t "
            + "virtual-chassis members (jnxVirtualChassisMemberModel), not the SRX."),
        new("junos_ber", "model", "VMX", "sysDescr names the vmx; LibreNMS prefixes the vendor ('Juniper VMX')."),
        new("junos_qfx5100", "model", "QFX5100-48S-6Q", "jnxBoxDescr is 'Juniper QFX5100-48S-6Q Switch'; NetMapper "
            + "reports the product without the vendor and the kind, LibreNMS the whole description."),
        new("junos_qfx5130-evo-22.2r3-s1-j4.1-1", "version", "22.2R3-S1.3-EVO", "sysDescr names the running "
            + "'kernel JUNOS 22.2R3-S1.3-EVO'; LibreNMS takes the version from the installed package's name "
            + "(hrSWInstalledName 'junos-evo-install-qfx-ms-x86-64-22.2R3-S1-J4.1-EVO')."),
        new("junos_srx3600", "model", "SRX3600", "sysDescr names the srx3600; LibreNMS prefixes the vendor "
            + "('Juniper SRX3600')."),

        // Brocade / Ruckus
        new("ironware_stack-temp", "model", "ICX7650-48F", "sysDescr names the product (ICX7650-48F); LibreNMS shows "
            + "the sysObjectID's MIB object name, snFastIronStackICX7650Switch."),

        // Huawei: LibreNMS appends what a GETNEXT past HUAWEI-SYS-MAN-MIB hwPatchVersion returns. These recordings
        // have no hwPatchVersion, so it returns the next object: no patch.
        new("vrp_5720", "version", "5.170 (V200R010C00SPC600)", NoHuaweiPatch),
        new("vrp_5720-32x-ei", "version", "5.170 (V200R010C00SPC600)", NoHuaweiPatch),
        new("vrp_power", "version", "5.170 (V200R019C10SPC500)", NoHuaweiPatch),
        new("vrp_nac", "version", "5.170 (V200R010C00SPC600)", "the recording has no HUAWEI-SYS-MAN-MIB "
            + "hwPatchVersion; LibreNMS's GETNEXT past it returns the next object (2011.5.25.195.3.1.3.6 = 1) and "
            + "appends '[1]', which is no patch."),
    ];

    private const string NoHuaweiPatch = "the recording has no HUAWEI-SYS-MAN-MIB hwPatchVersion; LibreNMS's GETNEXT "
        + "past it returns HUAWEI-ENTITY-EXTENT-MIB hwEntityAdminStatus (4, 'unlocked') and appends '[unlocked]', "
        + "which is no patch.";
}

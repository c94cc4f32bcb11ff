namespace NetMapper.Discovery.Tests.Coverage;

public static partial class CoverageDifferences
{
    private const string DLinkRevision =
        "LibreNMS appends ' Rev. ' and the hardware revision (RMON2-MIB probeHardwareRev); the model is the product ID "
        + "alone, as sysDescr (and entPhysicalModelName where present) gives it";
    private const string DLinkBuild =
        "RMON2-MIB probeSoftwareRev reads 'Build <version>'; entPhysicalFirmwareRev gives the version alone, "
        + "LibreNMS keeps the word 'Build'";
    private const string EdgecoreVersion =
        "LibreNMS joins the hardware revision swHardwareVer.1 ('R01', also entPhysicalHardwareRev of unit 1) to the "
        + "firmware; swOpCodeVer.1 and the management module's entPhysicalFirmwareRev give the version alone";
    private const string TpLinkHardware =
        "tpSysInfoHwVersion is the product ID and the hardware version; LibreNMS keeps both, the model is the product ID";
    private const string NoLibreNmsLinks =
        "LibreNMS's expected result has no discovery-protocols data for this recording (the module was not run); "
        + "each lldpRemTable row is a distinct neighbour";

    private static Difference[] Regional =>
    [
        new("dlink_des-3528", "model", "DES-3528", DLinkRevision + " (A2)"),
        new("dlink_dgs-1510-28x-me", "model", "DGS-1510-28X/ME", DLinkRevision + " (A1)"),
        new("dlink_dgs-1510-28xmp-me", "model", "DGS-1510-28XMP/ME", DLinkRevision + " (A1)"),
        new("dlink_dgs-3000-28x", "model", "DGS-3000-28X", DLinkRevision + " (B1)"),
        new("dlink_dgs-3000-28xmp", "model", "DGS-3000-28XMP", DLinkRevision + " (B1)"),
        new("dlink_dgs-3627g", "model", "DGS-3627G", DLinkRevision + " (A1)"),
        new("dlink_dgs-1510-28x-me", "version", "1.10.010", DLinkBuild),
        new("dlink_dgs-1510-28xmp-me", "version", "1.10.010", DLinkBuild),
        new("dlink_dgs-3000-28xmp", "version", "4.00.017", DLinkBuild),
        new("dlink_dgs-3627g", "version", "3.00.B47", DLinkBuild),
        new("edgecos_2100-28p", "version", "1.2.2.17", EdgecoreVersion),
        new("edgecos_ecs2100-10t", "version", "1.2.2.24", EdgecoreVersion),
        new("allied_websmart", "version", "1.00.043",
            "the GS950 firmware object reads '1.00.043'; LibreNMS prefixes 'WebSmart', the product line in sysDescr"),
        new("jetstream_sg2218p", "model", "SG2218P", TpLinkHardware + " ('SG2218P 1.20')"),
        new("jetstream_t2600g-28ts", "model", "T2600G-28TS", TpLinkHardware + " ('T2600G-28TS 3.0')"),
        new("eltex-mes23xx_mes2348p", "neighbours", "37",
            "lldpRemTable has 37 rows, each a distinct port and chassis; LibreNMS drops the 8 without lldpRemSysName "
            + "(chassis 00:30:59:... on local ports 51-56, e8:28:c1:8e:49:00 on ports 95 and 96)"),
        new("edgecos_2100-28p", "neighbours", "4", NoLibreNmsLinks + " (4 rows)"),
        new("edgecos_ecs2100-10t", "neighbours", "3", NoLibreNmsLinks + " (3 rows)"),
        new("edgeswitch_es-24-250w", "neighbours", "2", NoLibreNmsLinks + " (2 rows)"),
        new("fs-switch_s3900-24f4s", "neighbours", "1", NoLibreNmsLinks + " (1 row)"),
        new("fs-switch_s3900-24t4s", "neighbours", "2", NoLibreNmsLinks + " (2 rows)"),
        new("moxa-etherdevice_edsp506e", "neighbours", "2", NoLibreNmsLinks + " (2 rows)"),
        new("zynos", "neighbours", "3", NoLibreNmsLinks + " (3 rows)"),
        new("zynos_xgs4600", "neighbours", "3", NoLibreNmsLinks + " (3 rows)"),
    ];
}

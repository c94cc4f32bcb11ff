namespace NetMapper.Discovery.Tests;

/// <summary>
/// Where NetMapper's poll of a corpus recording deliberately differs from LibreNMS's expected result, what NetMapper
/// reports instead, and why. Everything not listed must equal LibreNMS.
/// </summary>
public static class CorpusDifferences
{
    public sealed record Difference(string Field, string Ours, string Why);

    public static readonly IReadOnlyDictionary<string, Difference[]> ByRecording = new Dictionary<string, Difference[]>
    {
        ["arista_eos"] =
        [
            new("Ports", "55", "NetMapper counts every ifTable row; LibreNMS's expected file lists 15 "
                + "(Ethernet8-47 are absent from it although the recording has them)."),
            new("Links", "6", "the recording has 6 lldpRemTable rows; LibreNMS derived no link from them."),
        ],
        ["arubaos-cx_10.07"] =
        [
            new("Hardware", "JL727A", "NetMapper reports the chassis product number (entPhysicalModelName), "
                + "which lifecycle bulletins use; LibreNMS shows the stack's description."),
            new("Links", "35", "70 anonymised rows collapse to 35 distinct (local port, chassis ID, port ID) neighbours; "
                + "LibreNMS keys on (port name, remote port) and gets 34."),
        ],
        ["iosxe_c9500h-svl"] =
        [
            new("Version", "17.12.4", "NetMapper reports the version alone; LibreNMS prefixes the image family (CAT9K_IOSXE)."),
            new("Ports", "112", "NetMapper counts the 5 'unrouted VLAN' interfaces (ifType 135) that LibreNMS ignores by configuration."),
        ],
        ["junos_qfx5100"] =
        [
            new("Hardware", "QFX5100-48S-6Q", "NetMapper reports the product name from jnxBoxDescr without 'Juniper' and 'Switch' "
                + "(LibreNMS: 'Juniper QFX5100-48S-6Q Switch')."),
            new("Ports", "50", "NetMapper counts the 'lsi' interface (ifType 150) that LibreNMS ignores."),
        ],
        ["procurve"] =
        [
            new("Hardware", "JL074A", "NetMapper reports the chassis product number; LibreNMS shows 'Stack' from sysDescr."),
            new("Links", "7", "LibreNMS drops the neighbour on port 31, which announces no system name; it is still a neighbour."),
        ],
        ["routeros"] =
        [
            new("Hardware", "RB952Ui-5ac2nD", "LibreNMS found no model; NetMapper reads the board from ENTITY-MIB "
                + "('RouterOS 6.40.5 (stable) on RB952Ui-5ac2nD')."),
            new("Ports", "12", "NetMapper counts the dynamic pppoe-out1 interface that LibreNMS ignores."),
            new("Links", "8", "14 lldpRemTable rows (MikroTik's one-arc and three-arc indexes mixed) are 8 distinct neighbours "
                + "and 2 rows with a zero chassis ID and no port; LibreNMS derived none."),
        ],
        ["vrp_5720"] =
        [
            new("Version", "5.170 (V200R010C00SPC600)",
                "LibreNMS appends a licence state ('[unlocked]') from an object the trimmed recording does not contain."),
        ],
    };
}

namespace NetMapper.Records;

/// <summary>
/// Where a route came from (IP-FORWARD-MIB's protocol, as the scan spells it: "local", "static", "ospf"...). In Chinese
/// the words are translated and routing protocols keep their usual upper-case names (OSPF, BGP); in English the scan's
/// spelling stays.
/// </summary>
public static class RouteProtocolWords
{
    public static readonly IReadOnlyDictionary<string, string> Chinese = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["other"] = "其他",
        ["local"] = "本機介面",
        ["static"] = "靜態",
        ["icmp"] = "ICMP 重新導向",
        ["egp"] = "EGP",
        ["ggp"] = "GGP",
        ["hello"] = "HELLO",
        ["rip"] = "RIP",
        ["isis"] = "IS-IS",
        ["esis"] = "ES-IS",
        ["igrp"] = "IGRP",
        ["bbnSpfIgp"] = "BBN SPF IGP",
        ["ospf"] = "OSPF",
        ["bgp"] = "BGP",
        ["idpr"] = "IDPR",
        ["eigrp"] = "EIGRP",
        ["dvmrp"] = "DVMRP",
        ["rpl"] = "RPL",
        ["dhcp"] = "DHCP",
        ["ttdp"] = "TTDP",
    };

    public static string Of(string protocol, bool chinese) => chinese ? Chinese.GetValueOrDefault(protocol, protocol) : protocol;
}

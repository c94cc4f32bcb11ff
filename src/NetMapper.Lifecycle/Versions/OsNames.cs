namespace NetMapper.Lifecycle.Versions;

/// <summary>The names OSes go by, in discovery's profiles and in what people type, mapped to family keys.</summary>
internal static class OsNames
{
    // Keys are names squeezed to lower-case letters and digits: "IOS XE", "IOS-XE" and "ios_xe" are all "iosxe".
    private static readonly Dictionary<string, string> Families = new(StringComparer.Ordinal)
    {
        ["ios"] = "ios",
        ["iosxe"] = "ios-xe",
        ["nxos"] = "nx-os",
        ["asa"] = "asa", ["asaos"] = "asa", ["adaptivesecurityappliance"] = "asa",
        ["junos"] = "junos", ["junosos"] = "junos", ["junosevo"] = "junos", ["junosevolved"] = "junos",
        ["junososevolved"] = "junos",
        ["fortios"] = "fortios",
        ["panos"] = "pan-os",
        ["aoscx"] = "aos-cx", ["arubaoscx"] = "aos-cx", ["arubacx"] = "aos-cx",
        ["procurve"] = "procurve", ["provision"] = "procurve", ["arubaosswitch"] = "procurve", ["aoss"] = "procurve",
        ["eos"] = "eos",
        ["vrp"] = "vrp", ["versatileroutingplatform"] = "vrp",
        ["routeros"] = "routeros",
        ["tmos"] = "tmos", ["bigip"] = "tmos", ["bigiptmos"] = "tmos",
        ["gaia"] = "gaia", ["gaiaos"] = "gaia", ["gaiaembedded"] = "gaia",
        ["comware"] = "comware",
    };

    // Vendor names people put before the OS name ("Cisco IOS-XE", "HP Comware"). Longer first: "hpe" before "hp".
    // Not "aruba": it is part of the OS names ArubaOS-Switch and ArubaOS-CX.
    private static readonly string[] VendorWords =
        ["cisco", "juniper", "arista", "fortinet", "paloaltonetworks", "paloalto", "huawei", "mikrotik", "f5", "checkpoint",
         "hpe", "hp", "h3c"];

    public static string? FamilyOf(string vendor, string osName)
    {
        string name = Squeeze(osName);
        string withoutVendor = WithoutVendorWord(name);
        if (!Families.TryGetValue(withoutVendor, out string? family)) return null;
        // Extreme (Enterasys) switches run an "EOS" too; only Arista's is this family.
        if (family == "eos" && !IsArista(vendor, name)) return null;
        return family;
    }

    private static bool IsArista(string vendor, string squeezedOsName) =>
        vendor.Trim().Length == 0
        || vendor.Contains("arista", StringComparison.OrdinalIgnoreCase)
        || squeezedOsName.StartsWith("arista", StringComparison.Ordinal);

    private static string WithoutVendorWord(string name)
    {
        foreach (string word in VendorWords)
            if (name.Length > word.Length && name.StartsWith(word, StringComparison.Ordinal)) return name[word.Length..];
        return name;
    }

    private static string Squeeze(string text) =>
        new(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}

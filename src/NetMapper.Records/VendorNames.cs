using System.Text.RegularExpressions;
using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>
/// One vendor name per OUI. Whatever has a MAC address is written with the IEEE registrant of its OUI, in short form
/// ("Cisco Systems, Inc" as Cisco, "VMware, Inc." as VMware); a device by the registrant most of its interface MACs carry.
/// Only a device without a MAC the registry knows keeps the vendor its SNMP identification gave, in the same short form.
/// So a host and the device interfaces of one OUI never read as two vendors (net-snmp beside VMware, Cisco beside
/// "Cisco Systems, Inc").
/// </summary>
public sealed partial class VendorNames(Func<MacAddress, string> registrant)
{
    private static readonly Dictionary<string, string> ShortForms = LoadShortForms();

    /// <summary>Without a registry: hosts keep the registrant the scan recorded, devices the vendor they were identified as.</summary>
    public static VendorNames WithoutRegistry { get; } = new(_ => "");

    /// <summary>The short form of the registrant of a MAC's OUI; <paramref name="recorded"/> (the registrant the scan wrote
    /// down) when the registry does not know it.</summary>
    public string OfMac(MacAddress? mac, string recorded = "")
    {
        string registered = mac is { IsLocallyAdministered: false } m ? registrant(m) : "";
        return ShortForm(registered.Length > 0 ? registered : recorded);
    }

    /// <summary>A device's interface by the registrant of its MAC, else as the device is named.</summary>
    public string OfInterface(Device device, MacAddress? mac) => OfMac(mac) is { Length: > 0 } name ? name : OfDevice(device);

    public string OfDevice(Device device)
    {
        var byMac = device.Interfaces.Select(i => i.Mac).Append(ChassisMac(device)).Select(m => OfMac(m)).Where(n => n.Length > 0);
        var most = byMac.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return most?.Key ?? ShortForm(device.Vendor);
    }

    /// <summary>The listed short form; else the name without its legal form.</summary>
    public static string ShortForm(string name)
    {
        string trimmed = Spaces().Replace(name.Trim(), " ");
        if (ShortForms.TryGetValue(trimmed, out var listed)) return listed;
        string shorter = trimmed;
        for (string before = ""; before != shorter;)
        {
            before = shorter;
            shorter = LegalForm().Replace(shorter, "").TrimEnd(' ', ',');
        }
        return shorter.Length > 0 ? shorter : trimmed;
    }

    private static MacAddress? ChassisMac(Device device) => MacAddress.TryParse(device.ChassisId, out var mac) ? mac : null;

    private static Dictionary<string, string> LoadShortForms()
    {
        using var stream = typeof(VendorNames).Assembly.GetManifestResourceStream("NetMapper.Records.vendor-short-names.tsv")
            ?? throw new InvalidOperationException("the vendor short names are missing from the build");
        using var reader = new StreamReader(stream);
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            if (!line.StartsWith('#') && line.Split('\t') is [var registered, var shortForm]) forms[registered.Trim()] = shortForm.Trim();
        return forms;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private const string LegalForms = @"Inc\.?|Incorporated|Corporation|Corporate|Corp\.?|Co\.?,? ?Ltd\.?|Ltd\.?|Limited|LLC"
        + @"|GmbH( & Co\. KG)?|AG|AB|A/S|S\.?A\.?S?|B\.?V\.?|PLC|Pte\.? Ltd\.?|Sdn\.? Bhd\.?";

    [GeneratedRegex(@"[ ,]+(" + LegalForms + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex LegalForm();
}

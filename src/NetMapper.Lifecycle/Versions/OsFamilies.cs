namespace NetMapper.Lifecycle.Versions;

/// <summary>The OS families the catalog knows, each with the scheme that reads its versions.</summary>
public static class OsFamilies
{
    /// <summary>Dotted numbers with an optional tail: the scheme for families no catalog entry describes.</summary>
    public const string Generic = "generic";

    private static readonly IVersionScheme[] Schemes =
    [
        new CiscoIosScheme(),
        new CiscoIosXeScheme(),
        new NxosScheme(),
        new AsaScheme(),
        new JunosScheme(),
        new DottedScheme("fortios", LeadingNoise.FortinetModel()),
        new DottedScheme("pan-os"),
        new PlatformCodedScheme("aos-cx"),
        new PlatformCodedScheme("procurve"),
        new DottedScheme("eos", tailOrders: false),
        new VrpScheme(),
        new DottedScheme("routeros", LeadingNoise.RouterOs()),
        new DottedScheme("tmos", LeadingNoise.BigIp()),
        new GaiaScheme(),
        new ComwareScheme(),
        new DottedScheme(Generic),
    ];

    private static readonly Dictionary<string, IVersionScheme> ByFamily =
        Schemes.ToDictionary(scheme => scheme.Family, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every family key, "generic" last.</summary>
    public static IReadOnlyList<string> Known { get; } = Schemes.Select(scheme => scheme.Family).ToArray();

    /// <summary>The scheme of a family key ("ios-xe", any case); null for a key no scheme knows.</summary>
    public static IVersionScheme? Scheme(string family) => ByFamily.GetValueOrDefault(family.Trim());

    /// <summary>
    /// The family's scheme, or for a key a user catalog made up ("sonicos") the generic dotted scheme under that key,
    /// so its versions still order among themselves.
    /// </summary>
    public static IVersionScheme SchemeOrGeneric(string family) => Scheme(family) ?? new DottedScheme(family.Trim());

    /// <summary>
    /// The family key for what discovery stores ("Cisco", "IOS-XE" -> "ios-xe"; "HPE Aruba", "ArubaOS-Switch" ->
    /// "procurve"); null for an OS no family covers (Linux, IOS XR, ArubaOS on APs and controllers).
    /// </summary>
    public static string? FamilyOf(string vendor, string osName) => OsNames.FamilyOf(vendor, osName);
}

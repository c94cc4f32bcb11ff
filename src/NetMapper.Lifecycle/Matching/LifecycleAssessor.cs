using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Plan;
using NetMapper.Lifecycle.Versions;
using NetMapper.Topology;

namespace NetMapper.Lifecycle.Matching;

/// <summary>
/// Matches each device's chassis, modules and OS release to the catalog and decides their status. Built once per
/// catalog (the indexes), then pure: the same devices and policy give the same rows.
/// </summary>
public sealed class LifecycleAssessor
{
    private static readonly HashSet<string> ComponentClasses = new(StringComparer.OrdinalIgnoreCase) { "chassis", "module" };

    private readonly HardwareIndex hardware;
    private readonly SoftwareIndex software;
    private readonly Dictionary<CatalogEntry, int> position;

    public LifecycleAssessor(LifecycleCatalog catalog)
    {
        Catalog = catalog;
        hardware = new HardwareIndex(catalog.Hardware);
        software = new SoftwareIndex(catalog.Software);
        position = catalog.Entries.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i);
    }

    public LifecycleCatalog Catalog { get; }

    /// <summary>
    /// The rows of the network devices among <paramref name="devices"/>: servers and end hosts are left to the systems
    /// that manage them (Art. 6 is about network equipment, and no network vendor's catalog covers them).
    /// </summary>
    public IReadOnlyList<LifecycleRow> Assess(IEnumerable<Device> devices, LifecyclePolicy policy) =>
        devices.Where(d => d.Role is not (DeviceRole.Server or DeviceRole.Host)).SelectMany(d => Assess(d, policy)).ToList();

    public IEnumerable<LifecycleRow> Assess(Device device, LifecyclePolicy policy)
    {
        yield return StatusOf(ChassisRow(device), policy);
        foreach (var component in ModulesOf(device))
            yield return StatusOf(ModuleRow(device, component), policy);
        if (device.OsName.Length + device.OsVersion.Length > 0)
            yield return StatusOf(OsRow(device), policy);
    }

    private LifecycleRow ChassisRow(Device device)
    {
        var row = new LifecycleRow(device, LifecycleComponent.Chassis)
        {
            Product = device.Model, Serial = device.Serial, Version = device.OsVersion,
        };
        var candidates = new List<(string, string)>();
        if (device.Model.Length > 0) candidates.Add(("model", device.Model));
        // CDP announces a neighbour's platform as "cisco WS-C2960X-48TS-L": the product ID follows the vendor word.
        if (WithoutVendorWord(device.Model) is { } bare) candidates.Add(("model", bare));
        string chassisModel = device.Components.FirstOrDefault(IsChassisOf(device))?.Model ?? "";
        if (chassisModel.Length > 0 && ProductIds.Normalise(chassisModel) != ProductIds.Normalise(device.Model))
            candidates.Add(("ENTITY chassis model", chassisModel));
        if (candidates.Count == 0 && device.SysObjectId.Length == 0) return row with { Reason = UnknownReason.NoModel };
        return Resolve(row, hardware.Match(candidates, device.SysObjectId));
    }

    private LifecycleRow ModuleRow(Device device, DeviceComponent component)
    {
        var kind = component.Class.Equals("chassis", StringComparison.OrdinalIgnoreCase)
            ? LifecycleComponent.Chassis : LifecycleComponent.Module;
        var row = new LifecycleRow(device, kind)
        {
            Product = component.Model, Serial = component.Serial, ComponentName = component.Name, Version = component.SoftwareRevision,
        };
        return Resolve(row, hardware.Match([("ENTITY model", component.Model)], ""));
    }

    private LifecycleRow OsRow(Device device)
    {
        var row = new LifecycleRow(device, LifecycleComponent.Os) { Product = device.OsName, Version = device.OsVersion };
        if (OsFamilies.FamilyOf(device.Vendor, device.OsName) is not { } family) return row with { Reason = UnknownReason.NoCatalogEntry };
        if (device.OsVersion.Length == 0 || OsFamilies.Scheme(family)?.Parse(device.OsVersion) is not { } version)
            return row with { Reason = UnknownReason.NoVersion };
        row = Resolve(row, software.Match(version));
        if (row.Match?.Entry is SoftwareEntry entry && software.LatestOf(entry) is { } latest)
            row = row with { Latest = entry.Latest, Behind = version < latest };
        return row;
    }

    /// <summary>
    /// One entry wins: entries that agree on every date are one answer; otherwise the later catalog layer (a user file
    /// over the built-in one) wins; entries of one layer that disagree make the model ambiguous.
    /// </summary>
    private LifecycleRow Resolve(LifecycleRow row, IReadOnlyList<CatalogMatch> matches)
    {
        if (matches.Count == 0) return row with { Reason = UnknownReason.NoCatalogEntry };
        var ordered = matches.DistinctBy(m => m.Entry.Id).OrderBy(m => position[m.Entry]).ToList();
        var last = ordered[^1];
        bool agree = ordered.All(m => m.Entry.Milestones == last.Entry.Milestones);
        bool sameLayer = ordered.All(m => LayerOf(m) == LayerOf(last));
        if (!agree && sameLayer) return row with { Reason = UnknownReason.AmbiguousModel, Match = null };
        return row with { Match = agree ? ordered[0] : ordered.Where(m => LayerOf(m) == LayerOf(last)).First() };
    }

    private static readonly string[] VendorWords = ["cisco ", "juniper ", "arista ", "huawei ", "hp ", "hpe ", "aruba "];

    private static string? WithoutVendorWord(string model) =>
        VendorWords.FirstOrDefault(w => model.StartsWith(w, StringComparison.OrdinalIgnoreCase)) is { } word
            ? model[word.Length..].Trim() : null;

    private static string LayerOf(CatalogMatch match) =>
        match.Entry.Origin.File.StartsWith("built-in", StringComparison.Ordinal) ? "built-in" : match.Entry.Origin.File;

    private static LifecycleRow StatusOf(LifecycleRow row, LifecyclePolicy policy) =>
        row.Match is null ? row with { Status = LifecycleStatus.Unknown } : StatusRules.Apply(row, policy);

    /// <summary>Stack members, supervisors and line cards with a product ID and serial of their own.</summary>
    private static IEnumerable<DeviceComponent> ModulesOf(Device device) => device.Components
        .Where(c => ComponentClasses.Contains(c.Class) && c.Model.Trim().Length > 0 && c.Serial.Trim().Length > 0)
        .Where(c => !IsChassisOf(device)(c))
        .DistinctBy(c => (ProductIds.Normalise(c.Model), c.Serial.Trim()));

    private static Func<DeviceComponent, bool> IsChassisOf(Device device) => c =>
        c.Class.Equals("chassis", StringComparison.OrdinalIgnoreCase) && device.Serial.Length > 0
        && string.Equals(c.Serial.Trim(), device.Serial.Trim(), StringComparison.OrdinalIgnoreCase);
}

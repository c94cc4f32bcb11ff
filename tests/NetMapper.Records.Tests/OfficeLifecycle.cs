using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;

namespace NetMapper.Records.Tests;

/// <summary>
/// Lifecycle rows for <see cref="SmallOffice"/> as of 2026-12-01: acc1's Catalyst 3560 chassis is past its last date of
/// support and its IOS is in no catalog; core1's chassis is supported to 2030 while its IOS-XE train ends within the
/// horizon and is behind the latest release; core1 also has a stack member whose end of sale is not announced.
/// </summary>
internal static class OfficeLifecycle
{
    public static readonly DateOnly AsOf = new(2026, 12, 1);
    public static readonly LifecyclePolicy Policy = new(AsOf);

    private static readonly HardwareEntry Catalyst3560 = new("cisco-ws-c3560", "Cisco")
    {
        Milestones = new Milestones
        {
            EndOfSale = MilestoneDate.On(new(2013, 10, 31)), LastDateOfSupport = MilestoneDate.On(new(2019, 10, 31)),
        },
        Replacement = "C9200L-48P-4G",
        Source = new CatalogSource("EOL8000", "https://example.com/eol/ws-c3560", null),
        Origin = new CatalogOrigin("built-in cisco-hardware.yaml", 12),
    };

    private static readonly HardwareEntry Catalyst9300 = new("cisco-c9300", "Cisco")
    {
        Milestones = new Milestones { EndOfSale = MilestoneDate.NotYetAnnounced, LastDateOfSupport = MilestoneDate.On(new(2030, 10, 31)) },
        Origin = new CatalogOrigin("built-in cisco-hardware.yaml", 40),
    };

    private static readonly SoftwareEntry IosXe176 = new("cisco-iosxe-17.6", "Cisco", "IOS-XE")
    {
        Train = "17.6", Latest = "17.6.8a",
        Milestones = new Milestones { LastDateOfSupport = MilestoneDate.On(new(2027, 3, 31)) },
        Origin = new CatalogOrigin("built-in cisco-software.yaml", 7),
    };

    public static IReadOnlyList<LifecycleRow> Rows()
    {
        var graph = SmallOffice.Graph();
        var acc1 = graph.Device(SmallOffice.Access)!;
        var core1 = graph.Device(SmallOffice.Core1)!;
        return
        [
            new LifecycleRow(acc1, LifecycleComponent.Chassis)
            {
                Product = "WS-C3560-48PS-S", Serial = "FOC0933X1AB", Version = "12.2(55)SE",
                Match = new CatalogMatch(Catalyst3560, MatchRule.ProductId, "productId", "WS-C3560-48PS-S", "WS-C3560-48PS-S"),
                Status = LifecycleStatus.EndOfSupport, UnsupportedOn = new(2019, 10, 31), MonthsLeft = -85,
            },
            new LifecycleRow(acc1, LifecycleComponent.Os)
            {
                Product = "IOS", Version = "12.2(55)SE", Status = LifecycleStatus.Unknown, Reason = UnknownReason.NoCatalogEntry,
            },
            new LifecycleRow(core1, LifecycleComponent.Chassis)
            {
                Product = "C9300-48P", Version = "17.6.4", Status = LifecycleStatus.Supported,
                UnsupportedOn = new(2030, 10, 31), MonthsLeft = 46,
                Match = new CatalogMatch(Catalyst9300, MatchRule.Model, "model", "C9300-48P", "C9300-48P"),
            },
            new LifecycleRow(core1, LifecycleComponent.Module)
            {
                Product = "C9300-48P", ComponentName = "Switch 2", Status = LifecycleStatus.Supported, UnsupportedOn = new(2030, 10, 31),
                Match = new CatalogMatch(Catalyst9300, MatchRule.Model, "model", "C9300-48P", "C9300-48P"),
            },
            new LifecycleRow(core1, LifecycleComponent.Os)
            {
                Product = "IOS-XE", Version = "17.6.4", Status = LifecycleStatus.WithinHorizon,
                UnsupportedOn = new(2027, 3, 31), MonthsLeft = 3,
                Latest = "17.6.8a", Behind = true,
                Match = new CatalogMatch(IosXe176, MatchRule.Train, "version", "17.6.4", "17.6"),
            },
        ];
    }

    /// <summary>The rows as the plan places them: acc1 in management, core1 in production (a critical zone).</summary>
    public static IReadOnlyList<PlanRow> Plan()
    {
        var management = new PlanZone("management", "Management", Critical: false);
        var production = new PlanZone("production", "Production", Critical: true);
        var rows = Rows();
        return
        [
            new PlanRow(rows[0], management, 2, "2026Q4"),
            new PlanRow(rows[1], management, 7, ""),
            new PlanRow(rows[2], production, null, ""),
            new PlanRow(rows[3], production, null, ""),
            new PlanRow(rows[4], production, 3, "2026Q4"),
        ];
    }
}

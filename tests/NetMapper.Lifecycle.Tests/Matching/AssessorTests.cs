using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;
using NetMapper.Topology;

namespace NetMapper.Lifecycle.Tests.Matching;

public class AssessorTests
{
    private static readonly LifecycleCatalog Catalog = LifecycleCatalog.Layer([("test", CatalogReader.Parse("""
        format: netmapper-lifecycle/1
        vendor: Cisco
        hardware:
          - id: series-2960x
            products: ["WS-C2960X-*"]
            milestones: {endOfSale: 2022-10-31, lastDateOfSupport: 2027-10-31}
          - id: pid-2960x-48ts
            products: [WS-C2960X-48TS-L]
            milestones: {endOfSale: 2022-10-31, lastDateOfSupport: 2027-04-30}
            replacement: C9200L-48T-4G
          - id: series-3560
            products: ["WS-C3560-48*"]
            milestones: {lastDateOfSupport: 2021-05-31}
          - id: by-oid
            sysObjectIds: [1.3.6.1.4.1.9.1.2494]
            milestones: {lastDateOfSupport: notAnnounced}
          - id: by-model-a
            models: [Box 1]
            milestones: {lastDateOfSupport: 2030-01-31}
          - id: by-model-b
            models: [BOX1]
            milestones: {lastDateOfSupport: 2031-01-31}
          - id: isr4451
            products: [ISR4451-X/K9]
            milestones: {endOfSale: 2023-11-07, lastDateOfSupport: 2028-11-30}
        software:
          - id: ios-xe-17.6
            os: ios-xe
            train: "17.6"
            latest: 17.6.8a
            milestones: {endOfVulnerabilitySupport: 2025-03-30}
          - id: routeros-6.40
            vendor: MikroTik
            os: routeros
            train: "6.40"
            ended: true
        """, "test.yaml"))]);

    private static readonly LifecyclePolicy AsOf2026 = new(new DateOnly(2026, 12, 1));
    private static readonly LifecycleAssessor Assessor = new(Catalog);

    private static Device Box(string model, string os = "", string version = "", string oid = "") =>
        new("serial:test:" + model) { Name = model, Model = model, OsName = os, OsVersion = version, SysObjectId = oid, Vendor = "Cisco" };

    private static LifecycleRow Chassis(Device d, LifecyclePolicy? policy = null) =>
        Assessor.Assess(d, policy ?? AsOf2026).First(r => r.Component == LifecycleComponent.Chassis);

    [Fact]
    public void A_product_id_date_beats_a_series_date()
    {
        var row = Chassis(Box("ws-c2960x-48ts-l "));

        Assert.Equal("pid-2960x-48ts", row.Match?.Entry.Id);
        Assert.Equal(MatchRule.ProductId, row.Match?.Rule);
        Assert.Equal(LifecycleStatus.WithinHorizon, row.Status);
        Assert.Equal(new DateOnly(2027, 4, 30), row.UnsupportedOn);
        Assert.Equal(4, row.MonthsLeft);
        Assert.Equal("C9200L-48T-4G", row.Replacement);
    }

    [Fact]
    public void A_product_pattern_gives_the_series_date_with_evidence()
    {
        var row = Chassis(Box("WS-C2960X-24PS-L"));

        Assert.Equal(("series-2960x", MatchRule.ProductPattern), (row.Match?.Entry.Id, row.Match?.Rule));
        Assert.Contains("model 'WS-C2960X-24PS-L' ~ WS-C2960X-* (series-2960x, test.yaml:", row.Match?.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-05-30", LifecycleStatus.WithinHorizon)]
    [InlineData("2021-06-01", LifecycleStatus.EndOfSupport)]
    [InlineData("2019-01-01", LifecycleStatus.Supported)]
    public void Status_is_judged_as_of_the_given_date(string asOf, LifecycleStatus expected)
    {
        var policy = new LifecyclePolicy(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), HorizonMonths: 12);
        var row = Chassis(Box("WS-C3560-48TS-S"), policy);

        Assert.Equal(expected, row.Status);
    }

    [Fact]
    public void End_of_sale_past_with_support_beyond_the_horizon_is_end_of_sale()
    {
        Assert.Equal(LifecycleStatus.EndOfSale, Chassis(Box("ISR4451-X/K9")).Status);
    }

    [Fact]
    public void A_sysobjectid_matches_when_no_product_id_does_and_not_announced_means_supported()
    {
        var row = Chassis(Box("C9500-48Y4C", oid: ".1.3.6.1.4.1.9.1.2494"));

        Assert.Equal(("by-oid", MatchRule.SysObjectId, LifecycleStatus.Supported), (row.Match?.Entry.Id, row.Match?.Rule, row.Status));
        Assert.Null(row.UnsupportedOn);
    }

    [Fact]
    public void Entries_of_one_catalog_that_disagree_make_the_model_ambiguous()
    {
        var row = Chassis(Box("box 1"));

        Assert.Equal((LifecycleStatus.Unknown, UnknownReason.AmbiguousModel), (row.Status, row.Reason));
    }

    [Fact]
    public void A_user_catalog_settles_what_the_built_in_one_leaves_ambiguous()
    {
        var user = CatalogReader.Parse("format: netmapper-lifecycle/1\nvendor: X\nhardware:\n  - id: mine\n    models: [BOX 1]\n"
            + "    milestones: {lastDateOfSupport: 2026-06-30}\n", "mine.yaml");
        var layered = LifecycleCatalog.Layer([("built-in", Catalog.Entries), ("mine.yaml", user)]);

        var row = new LifecycleAssessor(layered).Assess(Box("Box 1"), AsOf2026).First();

        Assert.Equal(("mine", LifecycleStatus.EndOfSupport), (row.Match?.Entry.Id, row.Status));
    }

    [Fact]
    public void Unknown_rows_say_why()
    {
        Assert.Equal(UnknownReason.NoCatalogEntry, Chassis(Box("DCS-7050S-52")).Reason);
        Assert.Equal(UnknownReason.NoModel, Chassis(new Device("ip:10.0.0.1")).Reason);
        var os = Assessor.Assess(Box("X", "IOS-XE", ""), AsOf2026).Single(r => r.Component == LifecycleComponent.Os);
        Assert.Equal(UnknownReason.NoVersion, os.Reason);
    }

    [Fact]
    public void An_os_release_is_matched_by_train_and_flagged_behind_the_latest()
    {
        var os = Assessor.Assess(Box("X", "IOS-XE", "17.6.5"), AsOf2026).Single(r => r.Component == LifecycleComponent.Os);

        Assert.Equal(("ios-xe-17.6", MatchRule.Train), (os.Match?.Entry.Id, os.Match?.Rule));
        // Only the end of vulnerability support is known: it is the milestone that counts.
        Assert.Equal((LifecycleStatus.EndOfSupport, Milestone.EndOfVulnerabilitySupport), (os.Status, os.UnsupportedMilestone));
        Assert.True(os.Behind);
        Assert.Equal("17.6.8a", os.Latest);
    }

    [Fact]
    public void A_source_that_says_ended_without_a_date_gives_end_of_support_without_a_date()
    {
        var os = Assessor.Assess(Box("RB433", "RouterOS", "6.40.5"), AsOf2026).Single(r => r.Component == LifecycleComponent.Os);

        Assert.Equal((LifecycleStatus.EndOfSupport, (DateOnly?)null), (os.Status, os.UnsupportedOn));
    }

    [Fact]
    public void The_chosen_milestone_decides_what_counts_as_unsupported()
    {
        var policy = AsOf2026 with { UnsupportedAt = Milestone.EndOfSale };

        var row = Chassis(Box("ISR4451-X/K9"), policy);

        Assert.Equal((LifecycleStatus.EndOfSupport, new DateOnly(2023, 11, 7)), (row.Status, row.UnsupportedOn!.Value));
    }

    [Fact]
    public void Stack_members_with_their_own_product_id_and_serial_get_rows_but_fans_and_ports_do_not()
    {
        var stack = Box("WS-C2960X-48TS-L") with
        {
            Serial = "FOC1",
            Components =
            [
                new DeviceComponent(1001, "chassis", "Switch 1") { Model = "WS-C2960X-48TS-L", Serial = "FOC1" },
                new DeviceComponent(2001, "chassis", "Switch 2") { Model = "WS-C2960X-24PS-L", Serial = "FOC2" },
                new DeviceComponent(1002, "fan", "Fan 1") { Model = "FAN-X", Serial = "F1" },
                new DeviceComponent(1003, "port", "Gi1/0/1") { Model = "GLC-T", Serial = "P1" },
                new DeviceComponent(3001, "module", "Uplink") { Model = "C2960X-STACK", Serial = "M1" },
            ],
        };

        var rows = Assessor.Assess(stack, AsOf2026).ToList();

        Assert.Equal(["chassis ", "chassis Switch 2", "module Uplink"],
            rows.Where(r => r.Component != LifecycleComponent.Os)
                .Select(r => $"{r.Component.ToString().ToLowerInvariant()} {r.ComponentName}"));
        Assert.Equal("series-2960x", rows[1].Match?.Entry.Id);
        Assert.Equal(UnknownReason.NoCatalogEntry, rows[2].Reason);
    }
}

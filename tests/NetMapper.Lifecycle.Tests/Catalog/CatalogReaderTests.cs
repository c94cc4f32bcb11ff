using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Tests.Catalog;

public class CatalogReaderTests
{
    private const string Good = """
        format: netmapper-lifecycle/1
        vendor: Cisco
        hardware:
          - id: c2960x
            series: Catalyst 2960-X
            products: [WS-C2960X-48TS-L, "WS-C2960X-*"]
            sysObjectIds: [1.3.6.1.4.1.9.1.1208]
            milestones: {announced: 2021-10-31, endOfSale: 2022-10-31, lastDateOfSupport: 2027-10-31}
            replacement: Catalyst 9200
            source: {bulletin: EOL14700, url: "https://example.invalid/eol", checked: 2026-12-01}
        software:
          - id: ios-xe-17.6
            os: ios-xe
            train: "17.6"
            latest: 17.6.8a
            milestones: {endOfVulnerabilitySupport: 2025-03-30, lastDateOfSupport: notAnnounced}
          - id: routeros-6.40
            vendor: MikroTik
            os: routeros
            train: "6.40"
            ended: true
        """;

    [Fact]
    public void A_good_file_gives_every_entry_with_its_fields()
    {
        var entries = CatalogReader.Parse(Good, "good.yaml");

        var hardware = Assert.IsType<HardwareEntry>(entries[0]);
        Assert.Equal(["WS-C2960X-48TS-L", "WS-C2960X-*"], hardware.Products);
        Assert.Equal(new DateOnly(2027, 10, 31), hardware.Milestones.LastDateOfSupport?.Date);
        Assert.Equal("EOL14700", hardware.Source.Bulletin);
        Assert.Equal(new CatalogOrigin("good.yaml", 4), hardware.Origin);
        var xe = Assert.IsType<SoftwareEntry>(entries[1]);
        Assert.Equal(("Cisco", "ios-xe", "17.6", "17.6.8a"), (xe.Vendor, xe.Os, xe.Train, xe.Latest));
        Assert.True(xe.Milestones.LastDateOfSupport?.NotAnnounced);
        var routeros = Assert.IsType<SoftwareEntry>(entries[2]);
        Assert.Equal("MikroTik", routeros.Vendor);
        Assert.True(routeros.Milestones.EndedWithoutDate);
    }

    [Theory]
    [InlineData("format: netmapper-lifecycle/2\nvendor: X\n", "bad.yaml:1: format: 'netmapper-lifecycle/2' is not")]
    [InlineData("format: netmapper-lifecycle/1\nvendor: X\nhardware:\n  - id: a\n    prodcts: [A]\n",
        "bad.yaml:5: hardware[0].prodcts: unknown key; known keys: id, vendor, series, products")]
    [InlineData("format: netmapper-lifecycle/1\nvendor: X\nhardware:\n  - id: a\n    products: [A]\n"
        + "    milestones:\n      endOfSale: 31/10/2022\n",
        "bad.yaml:7: hardware[0].milestones.endOfSale: '31/10/2022' is neither YYYY-MM-DD nor notAnnounced")]
    [InlineData("format: netmapper-lifecycle/1\nvendor: X\nsoftware:\n  - id: a\n    os: ios\n    train: '15.2'\n    versions: ['15.2*']\n",
        "bad.yaml:4: software[0]: needs exactly one of train, versions, from/to")]
    [InlineData("format: netmapper-lifecycle/1\nhardware:\n  - id: a\n    products: [A]\n",
        "bad.yaml:3: hardware[0].vendor: is missing")]
    [InlineData("format: netmapper-lifecycle/1\nvendor: X\nhardware:\n  - id: a\n    sysObjectIds: [1.3.6.x]\n",
        "bad.yaml:4: hardware[0].sysObjectIds: '1.3.6.x' is not a dotted number")]
    [InlineData("format: netmapper-lifecycle/1\nvendor: X\nhardware:\n  - id: a\n    products: [A]\n  - id: a\n    products: [B]\n",
        "bad.yaml:6: id: 'a' is used by an earlier entry")]
    [InlineData("format: netmapper-lifecycle/1\nvendor: X\nhardware:\n  - id: a\n    products: [A]\n"
        + "    milestones: {announced: 2022-01-01, endOfSale: 2021-01-01}\n",
        "bad.yaml:6: hardware[0].milestones.endOfSale: 2021-01-01 is before the announcement 2022-01-01")]
    [InlineData("format: [unclosed\n", "bad.yaml:")]
    public void A_mistake_is_reported_with_file_line_and_field(string yaml, string expected)
    {
        var e = Assert.Throws<LifecycleException>(() => CatalogReader.Parse(yaml, "bad.yaml"));

        Assert.Equal(LifecycleFailure.InvalidCatalog, e.Failure);
        Assert.StartsWith(expected, e.Problems[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mistake_of_a_file_is_reported_and_nothing_is_loaded()
    {
        const string yaml = "format: netmapper-lifecycle/1\nvendor: X\nhardware:\n  - id: a\n    products: [A]\n"
            + "  - id: b\n    colour: red\n    products: [B]\n  - products: [C]\n";

        var e = Assert.Throws<LifecycleException>(() => CatalogReader.Parse(yaml, "bad.yaml"));

        Assert.Equal(2, e.Problems.Count);
        Assert.Contains("bad.yaml:7: hardware[1].colour", e.Problems[0], StringComparison.Ordinal);
        Assert.Contains("bad.yaml:9: hardware[2].id: is missing", e.Problems[1], StringComparison.Ordinal);
        Assert.Contains("(and 1 more)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named_without_a_dotnet_message()
    {
        var e = Assert.Throws<LifecycleException>(() => CatalogReader.Load("/nonexistent/catalog.yaml"));

        Assert.Equal("catalog '/nonexistent/catalog.yaml' cannot be read: it does not exist", e.Message);
    }

    [Fact]
    public void A_later_layer_replaces_an_entry_with_the_same_id_and_adds_new_ones()
    {
        var builtIn = CatalogReader.Parse(Good, "built-in cisco.yaml");
        var user = CatalogReader.Parse("""
            format: netmapper-lifecycle/1
            vendor: Cisco
            hardware:
              - id: c2960x
                products: [WS-C2960X-48TS-L]
                milestones: {lastDateOfSupport: 2026-01-31}
              - id: mine
                products: [MY-BOX]
            """, "mine.yaml");

        var catalog = LifecycleCatalog.Layer([("built-in", builtIn), ("mine.yaml", user)]);

        Assert.Equal(["c2960x", "ios-xe-17.6", "routeros-6.40", "mine"], catalog.Entries.Select(e => e.Id));
        Assert.Equal(new DateOnly(2026, 1, 31), catalog.Entries[0].Milestones.LastDateOfSupport?.Date);
        Assert.Equal(["built-in", "mine.yaml"], catalog.Sources);
    }

    [Fact]
    public void The_built_in_catalog_loads_and_every_entry_cites_a_source()
    {
        var catalog = LifecycleCatalog.BuiltIn();

        Assert.True(catalog.Entries.Count > 200, $"only {catalog.Entries.Count} built-in entries");
        Assert.All(catalog.Entries, e => Assert.True(e.Source.Url.Length > 0, $"{e.Id} ({e.Origin}) has no source url"));
        Assert.Equal(catalog.Entries.Count, catalog.Entries.Select(e => e.Id).Distinct().Count());
    }
}

using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Import;

namespace NetMapper.Lifecycle.Tests.Import;

public class CatalogWriterTests(ITestOutputHelper output)
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly HardwareEntry Switch = new("cisco-ws-c2960x-series", "Cisco")
    {
        Series = "Catalyst 2960-X Series Switches",
        Products = ["WS-C2960X-48FPD-L", "WS-C2960X-*"],
        SysObjectIds = ["1.3.6.1.4.1.9.1.1208"],
        Models = ["Catalyst 2960-X"],
        Milestones = new Milestones
        {
            Announced = MilestoneDate.On(D(2021, 10, 31)),
            EndOfSale = MilestoneDate.On(D(2022, 10, 31)),
            EndOfSoftwareMaintenance = MilestoneDate.On(D(2023, 10, 31)),
            EndOfVulnerabilitySupport = MilestoneDate.On(D(2025, 10, 31)),
            LastDateOfSupport = MilestoneDate.NotYetAnnounced,
        },
        Replacement = "Catalyst 9200 Series",
        Source = new CatalogSource("EOL14700", "https://www.cisco.com/c/en/us/products/eol.html", D(2026, 12, 1)),
    };

    private static readonly SoftwareEntry Train = new("cisco-ios-xe-17.10", "Cisco", "ios-xe")
    {
        Train = "17.10",
        Latest = "17.10.1a",
        Milestones = new Milestones { EndOfSoftwareMaintenance = MilestoneDate.On(D(2023, 11, 30)), EndedWithoutDate = true },
        Replacement = "17.12",
        Source = new CatalogSource("", "https://endoflife.date/cisco-ios-xe", null),
    };

    [Fact]
    public void The_output_is_the_readme_format()
    {
        var yaml = CatalogWriter.Write([Train, Switch]);
        output.WriteLine(yaml);

        Assert.Equal("""
            format: netmapper-lifecycle/1
            vendor: Cisco
            hardware:
              - id: cisco-ws-c2960x-series
                series: Catalyst 2960-X Series Switches
                products: [WS-C2960X-48FPD-L, WS-C2960X-*]
                sysObjectIds: [1.3.6.1.4.1.9.1.1208]
                models: [Catalyst 2960-X]
                milestones:
                  announced: 2021-10-31
                  endOfSale: 2022-10-31
                  endOfSoftwareMaintenance: 2023-10-31
                  endOfVulnerabilitySupport: 2025-10-31
                  lastDateOfSupport: notAnnounced
                replacement: Catalyst 9200 Series
                source:
                  bulletin: EOL14700
                  url: https://www.cisco.com/c/en/us/products/eol.html
                  checked: 2026-12-01
            software:
              - id: cisco-ios-xe-17.10
                os: ios-xe
                train: "17.10"
                latest: 17.10.1a
                milestones:
                  endOfSoftwareMaintenance: 2023-11-30
                ended: true
                replacement: "17.12"
                source:
                  url: https://endoflife.date/cisco-ios-xe

            """, yaml);
    }

    [Fact]
    public void Entries_of_several_vendors_name_their_own_and_a_file_vendor_is_left_out_of_its_entries()
    {
        var other = new SoftwareEntry("fortios-7.2", "Fortinet", "fortios") { Train = "7.2" };

        var mixed = CatalogReadBack.Read(CatalogWriter.Write([Train, other]));
        var chosen = CatalogWriter.Write([Train, other], vendor: "Fortinet");

        Assert.Equal("", mixed.Vendor);
        Assert.Equal(["Cisco", "Fortinet"], mixed.Entries.Select(e => e.Vendor));
        Assert.Contains("vendor: Fortinet\n", chosen, StringComparison.Ordinal);
        Assert.Contains("    vendor: Cisco\n", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain("    vendor: Fortinet", chosen, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("17.6")]
    [InlineData("12")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("2024-01-31")]
    [InlineData("notAnnounced")]
    [InlineData("1:20")]
    [InlineData("0x1F")]
    [InlineData("*-48P")]
    [InlineData("a: b")]
    [InlineData("see #12")]
    [InlineData("Catalyst 9200, 9300")]
    [InlineData("[x]")]
    [InlineData("'quoted'")]
    [InlineData("\"double\"")]
    [InlineData(" padded ")]
    [InlineData("two\nlines")]
    [InlineData("Überbrücker – 🚀")]
    [InlineData("- dash")]
    [InlineData("ends with:")]
    public void Text_that_yaml_would_read_as_something_else_round_trips(string text)
    {
        var entry = new SoftwareEntry("id-1", "V", "os") { Train = text, Versions = [text, "x"], Latest = text, Replacement = text };

        var back = Assert.Single(CatalogReadBack.Read(CatalogWriter.Write([entry])).Entries);

        Assert.Equal(CatalogReadBack.Describe(entry), CatalogReadBack.Describe(back));
    }

    [Fact]
    public void The_read_back_resolves_an_unquoted_number_so_it_would_catch_one()
    {
        Assert.ThrowsAny<Exception>(() => CatalogReadBack.Read("format: x\nsoftware:\n  - id: a\n    train: 17.10\n"));
        Assert.ThrowsAny<Exception>(() => CatalogReadBack.Read("format: x\nsoftware:\n  - id: a\n    latest: true\n"));
    }

    [Fact]
    public void Hand_built_entries_round_trip()
    {
        var (format, vendor, entries) = CatalogReadBack.Read(CatalogWriter.Write([Switch, Train]));

        Assert.Equal(("netmapper-lifecycle/1", "Cisco"), (format, vendor));
        Assert.Equal(new CatalogEntry[] { Switch, Train }.Select(CatalogReadBack.Describe), entries.Select(CatalogReadBack.Describe));
    }

    [Fact]
    public void Imported_entries_round_trip_and_the_same_entries_give_the_same_text()
    {
        var checkedOn = new DateOnly(2026, 8, 1);
        var imported = new List<CatalogEntry>();
        imported.AddRange(CiscoEoxImporter.Import(SharedLifecycle.Eox("cisco_eox_reponse_migration_data.json"),
            new CiscoEoxImportOptions { Checked = checkedOn }));
        imported.AddRange(EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife("unmerged-prs", "cisco-hardware.pr4709.md")));
        foreach (var file in new[] { "cisco-ios-xe.md", "fortios.md", "pan-os.md", "routeros.md", "big-ip.md" })
            imported.AddRange(EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife(file)));

        var yaml = CatalogWriter.Write(imported);
        var back = CatalogReadBack.Read(yaml).Entries;

        var expected = imported.OfType<HardwareEntry>().Concat<CatalogEntry>(imported.OfType<SoftwareEntry>());
        Assert.Equal(expected.Select(CatalogReadBack.Describe), back.Select(CatalogReadBack.Describe));
        Assert.Equal(yaml, CatalogWriter.Write(imported));
        Assert.All(yaml.Split('\n'), line => Assert.True(line.Length < 400, line));
    }
}

using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Import;

namespace NetMapper.Lifecycle.Tests.Import;

/// <summary>endoflife.date API v1 answers (/api/v1/products/NAME), in the shape the API documents.</summary>
public class EndOfLifeDateApiTests
{
    private const string IosXe = """
        {
          "schema_version": "1.2.1",
          "result": {
            "name": "cisco-ios-xe",
            "aliases": [],
            "label": "Cisco IOS XE",
            "category": "os",
            "labels": {"eoas": "Maintenance Support", "discontinued": null, "eol": "Security Support", "eoes": null},
            "links": {"html": "https://endoflife.date/cisco-ios-xe", "releasePolicy": null},
            "releases": [
              {"name": "17.18", "label": "17.18 (LTS)", "releaseDate": "2025-08-08", "isLts": true,
               "isEoas": false, "eoasFrom": "2028-02-08", "isEol": false, "eolFrom": "2029-08-08", "isMaintained": true,
               "latest": {"name": "17.18.1", "date": "2025-08-08", "link": null}},
              {"name": "16.3", "label": "16.3", "releaseDate": "2016-07-31", "isLts": false,
               "isEoas": true, "eoasFrom": null, "isEol": true, "eolFrom": null, "isMaintained": false, "latest": null}
            ]
          }
        }
        """;

    [Fact]
    public void An_api_answer_gives_the_same_mapping_as_a_product_file()
    {
        var result = EndOfLifeDateImporter.ImportText(IosXe, "cisco-ios-xe.json");

        var current = Assert.IsType<SoftwareEntry>(result[0]);
        Assert.Equal(("cisco-ios-xe-17.18", "Cisco", "ios-xe", "17.18", "17.18.1"),
            (current.Id, current.Vendor, current.Os, current.Train, current.Latest));
        Assert.Equal(MilestoneDate.On(new DateOnly(2028, 2, 8)), current.Milestones.EndOfSoftwareMaintenance);
        Assert.Equal(MilestoneDate.On(new DateOnly(2029, 8, 8)), current.Milestones.EndOfVulnerabilitySupport);
        Assert.Equal("https://endoflife.date/cisco-ios-xe", current.Source.Url);
        var old = Assert.IsType<SoftwareEntry>(result[1]);
        Assert.True(old.Milestones.EndedWithoutDate);
        Assert.Null(old.Milestones.EndOfSoftwareMaintenance);
    }

    [Fact]
    public void The_eol_label_of_the_api_decides_like_the_eolColumn_of_a_file()
    {
        var json = IosXe.Replace("\"eol\": \"Security Support\"", "\"eol\": \"End of Technical Support\"", StringComparison.Ordinal);

        var entry = EndOfLifeDateImporter.ImportText(json, "x.json")[0];

        Assert.Equal(MilestoneDate.On(new DateOnly(2029, 8, 8)), entry.Milestones.LastDateOfSupport);
        Assert.Null(entry.Milestones.EndOfVulnerabilitySupport);
    }

    [Fact]
    public void A_device_answer_gives_hardware_with_end_of_sale_from_discontinued()
    {
        const string json = """
            {"result": {"name": "cisco-hardware", "category": "device", "labels": {"eol": "End of Support"},
              "releases": [{"name": "ISR4431/K9", "label": "ISR4431/K9", "isDiscontinued": true,
                "discontinuedFrom": "2023-11-07", "isEol": false, "eolFrom": "2028-11-30"}]}}
            """;

        var entry = Assert.IsType<HardwareEntry>(Assert.Single(EndOfLifeDateImporter.ImportText(json, "hw.json")));

        Assert.Equal(["ISR4431/K9"], entry.Products);
        Assert.Empty(entry.Models);
        Assert.Equal(MilestoneDate.On(new DateOnly(2023, 11, 7)), entry.Milestones.EndOfSale);
        Assert.Equal(MilestoneDate.On(new DateOnly(2028, 11, 30)), entry.Milestones.LastDateOfSupport);
        Assert.Equal("https://endoflife.date/cisco-hardware", entry.Source.Url);
    }

    [Theory]
    [InlineData("{\"result\": [{\"name\": \"fortios\"}]}", "x.json: result: missing or not an object")]
    [InlineData("{\"result\": {\"name\": \"fortios\", \"releases\": [{\"name\": \"7.2\", \"eolFrom\": \"30/09/2026\"}]}}",
        "x.json: result.releases[0].eolFrom: '30/09/2026' is not a date (YYYY-MM-DD)")]
    [InlineData("{\"result\": {", "x.json:1: not valid JSON")]
    public void A_broken_answer_names_the_file_and_the_field(string json, string message)
    {
        var e = Assert.Throws<LifecycleException>(() => EndOfLifeDateImporter.ImportText(json, "x.json"));

        Assert.Equal(LifecycleFailure.InvalidImport, e.Failure);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }
}

using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Import;

namespace NetMapper.Lifecycle.Tests.Import;

public class CiscoEoxImporterTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Two_pages_given_as_two_files_are_one_list_in_page_order()
    {
        var result = CiscoEoxImporter.Import(
            [SharedLifecycle.Eox("cisco_eox_response_page_2_of_2.json"), SharedLifecycle.Eox("cisco_eox_response_page_1_of_2.json")]);

        Assert.Equal(["WS-C2950G-48-EI-WS", "WS-C2950T-48-SI-WS", "WS-C2950G-24-EI"],
            result.Cast<HardwareEntry>().Select(e => e.Products.Single()));
        Assert.Empty(result.Warnings);
        var single = CiscoEoxImporter.Import(SharedLifecycle.Eox("cisco_eox_response_page_1_of_1.json"));
        Assert.Equal(single.Select(e => e.Id), result.Select(e => e.Id));
    }

    [Fact]
    public void A_page_not_given_is_a_warning()
    {
        var result = CiscoEoxImporter.Import(SharedLifecycle.Eox("cisco_eox_response_page_1_of_2.json"));

        Assert.Equal(2, result.Count);
        Assert.Contains("page 2 of 2", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_has_the_bulletin_dates_and_an_unknown_date_is_absent()
    {
        var result = CiscoEoxImporter.Import(SharedLifecycle.Eox("cisco_eox_response_page_2_of_2.json"),
            new CiscoEoxImportOptions { Checked = D("2026-08-01") });

        var entry = Assert.IsType<HardwareEntry>(Assert.Single(result));
        Assert.Equal("cisco-eox-ws-c2950g-24-ei", entry.Id);
        Assert.Equal("Cisco", entry.Vendor);
        Assert.Equal(MilestoneDate.On(D("2006-04-17")), entry.Milestones.Announced);
        Assert.Equal(MilestoneDate.On(D("2006-12-31")), entry.Milestones.EndOfSale);
        Assert.Null(entry.Milestones.EndOfSoftwareMaintenance);   // " " in the response
        Assert.Null(entry.Milestones.EndOfVulnerabilitySupport);  // not in the response
        Assert.Equal(MilestoneDate.On(D("2011-12-31")), entry.Milestones.LastDateOfSupport);
        Assert.Equal(new CatalogSource("EOL1094",
            "http://www.cisco.com/en/US/products/hw/switches/ps628/prod_eol_notice0900aecd804658c9.html", D("2026-08-01")),
            entry.Source);
        Assert.Equal("WS-C2960G-24TC-L", entry.Replacement);
    }

    [Fact]
    public void Migration_data_gives_the_replacement_the_migration_option_names()
    {
        var result = CiscoEoxImporter.Import(SharedLifecycle.Eox("cisco_eox_reponse_migration_data.json"));

        Assert.Equal(3, result.Count);
        Assert.Equal("WS-C2960G-48TC-L", result[0].Replacement);  // Enter PID(s)
        Assert.Equal("", result[1].Replacement);                  // No Replacement Available
        Assert.Equal("", result[2].Replacement);                  // See Migration Section: a strategy text, no product
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_record_with_an_error_is_skipped_with_a_warning()
    {
        var result = CiscoEoxImporter.Import(SharedLifecycle.Eox("cisco_eox_error_response.json"));

        Assert.Empty(result);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("EOXRecord[0]", warning.Where);
        Assert.Contains("YXCABC", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Some unknown error occurred", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_result_is_an_empty_list_with_a_warning()
    {
        var result = CiscoEoxImporter.Import(SharedLifecycle.Eox("cisco_eox_no_result_response.json"));

        Assert.Empty(result);
        Assert.StartsWith("no result for 'NOTHING'", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_record_beside_good_records_skips_only_itself()
    {
        var error = File.ReadAllText(SharedLifecycle.Eox("cisco_eox_error_response.json"));
        var good = File.ReadAllText(SharedLifecycle.Eox("cisco_eox_response_page_1_of_1.json"));
        var records = System.Text.Json.Nodes.JsonNode.Parse(good)!;
        records["EOXRecord"]!.AsArray().Insert(1, System.Text.Json.Nodes.JsonNode.Parse(error)!["EOXRecord"]![0]!.DeepClone());

        var result = CiscoEoxImporter.ImportText(records.ToJsonString(), "mixed.json");

        Assert.Equal(3, result.Count);
        Assert.Equal("EOXRecord[1]", Assert.Single(result.Warnings).Where);
    }

    [Fact]
    public void A_bad_date_names_the_file_the_record_and_the_field()
    {
        const string json = """{"EOXRecord": [{"EOLProductID": "X-1", "EndOfSaleDate": {"value": "31.12.2010"}}]}""";

        var e = Assert.Throws<LifecycleException>(() => CiscoEoxImporter.ImportText(json, "eox.json"));

        Assert.Equal(LifecycleFailure.InvalidImport, e.Failure);
        Assert.StartsWith("eox.json: EOXRecord[0].EndOfSaleDate: '31.12.2010' is not a date", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"EOXRecord\": [", "eox.json:1: not valid JSON")]
    [InlineData("{\"result\": []}", "eox.json: EOXRecord: missing")]
    public void Input_that_is_not_an_eox_response_is_a_clean_error(string json, string message)
    {
        var e = Assert.Throws<LifecycleException>(() => CiscoEoxImporter.ImportText(json, "eox.json"));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_does_not_exist_is_unreadable()
    {
        var e = Assert.Throws<LifecycleException>(() => CiscoEoxImporter.Import("/nonexistent/eox.json"));

        Assert.Equal(LifecycleFailure.FileUnreadable, e.Failure);
        Assert.Equal("/nonexistent/eox.json: does not exist", e.Message);
    }
}

using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Import;

namespace NetMapper.Lifecycle.Tests.Import;

public sealed class CsvImporterTests : IDisposable
{
    private const string Export = """
        PID,Series,Model,sysObjectID,EoL Announcement,End of Sale,Last Date of Support,Migration,Bulletin,OS,Train,Notes
        WS-C2960X-48FPD-L;WS-C2960X-48TS-L,C2960X,Cat 2960-X,1.3.6.1.4.1.9.1.1208,2021-10-31,10/31/2022,31-Oct-2027,"C9200, C9300",EOL14700
        ,,,,,,,,,,,
        ,IOS XE,,,,,not announced,"17.12",,ios-xe,17.6,tracked by hand
        """;

    private static readonly string[] Columns =
    [
        "PID=products", "Series=series", "Model=model", "sysObjectID=sysObjectId", "EoL Announcement=announced",
        "End of Sale=endOfSale", "Last Date of Support=lastDateOfSupport", "Migration=replacement", "Bulletin=bulletin",
    ];

    private readonly string dir = Directory.CreateTempSubdirectory("netmapper-csv-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string csv)
    {
        var path = Path.Combine(dir, "export.csv");
        File.WriteAllText(path, csv);
        return path;
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Rows_become_hardware_or_software_by_their_os_with_mapped_columns_and_every_date_form()
    {
        var path = Write(Export);

        var result = CsvImporter.Import(path, new CsvImportOptions { Columns = Columns, Vendor = "Cisco", Checked = D(2026, 8, 1) });

        Assert.Equal(2, result.Count);
        var hardware = Assert.IsType<HardwareEntry>(result[0]);
        Assert.Equal(("cisco-ws-c2960x-48fpd-l", "Cisco", "C2960X"), (hardware.Id, hardware.Vendor, hardware.Series));
        Assert.Equal(["WS-C2960X-48FPD-L", "WS-C2960X-48TS-L"], hardware.Products);
        Assert.Equal(["Cat 2960-X"], hardware.Models);
        Assert.Equal(["1.3.6.1.4.1.9.1.1208"], hardware.SysObjectIds);
        Assert.Equal(MilestoneDate.On(D(2021, 10, 31)), hardware.Milestones.Announced);
        Assert.Equal(MilestoneDate.On(D(2022, 10, 31)), hardware.Milestones.EndOfSale);
        Assert.Equal(MilestoneDate.On(D(2027, 10, 31)), hardware.Milestones.LastDateOfSupport);
        Assert.Equal("C9200, C9300", hardware.Replacement);
        Assert.Equal(new CatalogSource("EOL14700", "", D(2026, 8, 1)), hardware.Source);
        Assert.Equal(new CatalogOrigin(path, 2), hardware.Origin);
        var software = Assert.IsType<SoftwareEntry>(result[1]);
        Assert.Equal(("cisco-ios-xe-17.6", "ios-xe", "17.6", "17.12"), (software.Id, software.Os, software.Train, software.Replacement));
        Assert.Equal(MilestoneDate.NotYetAnnounced, software.Milestones.LastDateOfSupport);
        Assert.Equal(4, software.Origin.Line);
        Assert.Equal("columns not imported (no field mapped): Notes", Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void Headers_that_are_field_names_need_no_mapping()
    {
        const string csv = "id,vendor,os,versions,endOfVulnerabilitySupport\nmy-ios,Cisco,ios,15.2(7)E* 15.2(8)E*,2026-01-31\n";

        var result = CsvImporter.ImportText(csv, "x.csv");

        var entry = Assert.IsType<SoftwareEntry>(Assert.Single(result));
        Assert.Equal(("my-ios", "Cisco", "ios"), (entry.Id, entry.Vendor, entry.Os));
        Assert.Equal(["15.2(7)E*", "15.2(8)E*"], entry.Versions);
        Assert.Equal(MilestoneDate.On(D(2026, 1, 31)), entry.Milestones.EndOfVulnerabilitySupport);
    }

    [Fact]
    public void A_mapped_header_missing_from_the_file_names_file_header_and_field()
    {
        var e = Assert.Throws<LifecycleException>(() => CsvImporter.ImportText("PID,Sale\nA-1,2020-01-01\n", "x.csv",
            new CsvImportOptions { Columns = ["PID=products", "End of Sale=endOfSale"], Vendor = "Cisco" }));

        Assert.Equal(LifecycleFailure.InvalidImport, e.Failure);
        Assert.StartsWith("x.csv:1: End of Sale: mapped to endOfSale, but the header row has no such column", e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_names_file_line_header_and_field()
    {
        var e = Assert.Throws<LifecycleException>(() => CsvImporter.ImportText("PID,Sale\nA-1,2020-01-01\nA-2,31.12.2020\n",
            "x.csv", new CsvImportOptions { Columns = ["PID=products", "Sale=endOfSale"], Vendor = "Cisco" }));

        Assert.Equal("x.csv:3: Sale (endOfSale): '31.12.2020' is not a date (YYYY-MM-DD, M/D/YYYY or D-Mon-YYYY)", e.Message);
    }

    [Fact]
    public void Broken_quoting_is_a_clean_error()
    {
        var e = Assert.Throws<LifecycleException>(() => CsvImporter.ImportText("products,vendor\n\"A-1,Cisco\n", "x.csv"));

        Assert.Equal(LifecycleFailure.InvalidImport, e.Failure);
        Assert.StartsWith("x.csv:", e.Message, StringComparison.Ordinal);
        Assert.Contains("not valid CSV", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PID")]
    [InlineData("PID=pid")]
    public void A_mapping_that_is_not_header_equals_field_is_an_option_error(string column)
    {
        var e = Assert.Throws<LifecycleException>(() =>
            CsvImporter.ImportText("PID\nA-1\n", "x.csv", new CsvImportOptions { Columns = [column] }));

        Assert.Equal(LifecycleFailure.InvalidOption, e.Failure);
    }

    [Fact]
    public void A_row_without_a_vendor_or_anything_to_match_is_an_error_and_a_repeated_id_a_warning()
    {
        var noVendor = Assert.Throws<LifecycleException>(() => CsvImporter.ImportText("products\nA-1\n", "x.csv"));
        var noMatch = Assert.Throws<LifecycleException>(() => CsvImporter.ImportText("vendor,series\nCisco,X\n", "x.csv"));
        var twice = CsvImporter.ImportText("vendor,products\nCisco,A-1\nCisco,A-1\n", "x.csv");

        Assert.Equal("x.csv:2: vendor: no vendor: map a vendor column or give the vendor option", noVendor.Message);
        Assert.StartsWith("x.csv:2: products: nothing to match a device by", noMatch.Message, StringComparison.Ordinal);
        Assert.Single(twice);
        Assert.Equal("x.csv:3: id 'cisco-a-1' appears again: kept the first row", Assert.Single(twice.Warnings).ToString());
    }
}

using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Import;

namespace NetMapper.Lifecycle.Tests.Import;

/// <summary>endoflife.date product files (YAML front matter), read from the shared copies of the site's repository.</summary>
public class EndOfLifeDateFileTests
{
    private static MilestoneDate On(string iso) =>
        MilestoneDate.On(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    private static SoftwareEntry Train(ImportResult result, string train) =>
        result.Cast<SoftwareEntry>().Single(e => e.Train == train);

    [Fact]
    public void FortiOS_eol_is_the_vendors_end_of_support()
    {
        var result = EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife("fortios.md"));

        Assert.Equal(["8.0", "7.6", "7.4", "7.2", "7.0", "6.4", "6.2", "6.0"], result.Cast<SoftwareEntry>().Select(e => e.Train));
        var entry = Train(result, "7.2");
        Assert.Equal(("fortios-7.2", "Fortinet", "fortios"), (entry.Id, entry.Vendor, entry.Os));
        Assert.Equal(On("2025-03-31"), entry.Milestones.EndOfSoftwareMaintenance);
        Assert.Equal(On("2026-09-30"), entry.Milestones.LastDateOfSupport);     // eolColumn: End of Support
        Assert.Null(entry.Milestones.EndOfVulnerabilitySupport);
        Assert.Equal("https://endoflife.date/fortios", entry.Source.Url);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void IOS_XE_eol_is_the_end_of_security_fixes_and_the_link_is_the_source()
    {
        var result = EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife("cisco-ios-xe.md"));

        Assert.Equal(19, result.Count);
        var entry = Train(result, "17.6");
        Assert.Equal(("cisco-ios-xe-17.6", "Cisco", "ios-xe"), (entry.Id, entry.Vendor, entry.Os));
        Assert.Equal(On("2023-01-30"), entry.Milestones.EndOfSoftwareMaintenance);
        Assert.Equal(On("2024-07-30"), entry.Milestones.EndOfVulnerabilitySupport);  // eolColumn: Security Support
        Assert.Null(entry.Milestones.LastDateOfSupport);
        Assert.Equal("https://www.cisco.com/c/en/us/products/collateral/ios-nx-os-software/ios-xe-17/ios-xe-17-6-x-eol.html",
            entry.Source.Url);
        Assert.Equal(On("2029-08-08"), Train(result, "17.18").Milestones.EndOfVulnerabilitySupport);
    }

    [Fact]
    public void PAN_OS_end_of_life_date_is_the_last_date_of_support_and_latest_is_kept()
    {
        var result = EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife("pan-os.md"));

        var entry = Train(result, "11.1");
        Assert.Equal(("panos-11.1", "Palo Alto Networks", "pan-os"), (entry.Id, entry.Vendor, entry.Os));
        Assert.Equal(On("2027-05-03"), entry.Milestones.LastDateOfSupport);       // eolColumn: End-of-life Date
        Assert.Null(entry.Milestones.EndOfSoftwareMaintenance);
        Assert.Equal("11.1.16-h1", entry.Latest);
        Assert.Equal(On("2017-12-04"), Train(result, "7.0").Milestones.LastDateOfSupport);
        Assert.Equal("7.0.19", Train(result, "7.0").Latest);
        Assert.Equal("", Train(result, "4.1").Latest);
    }

    [Fact]
    public void BIG_IP_end_of_technical_support_is_the_last_date_of_support_and_a_null_link_is_no_link()
    {
        var result = EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife("big-ip.md"));

        var entry = Train(result, "11.4");
        Assert.Equal(("big-ip-11.4", "F5", "tmos", "11.4.1"), (entry.Id, entry.Vendor, entry.Os, entry.Latest));
        Assert.Equal(On("2016-09-17"), entry.Milestones.EndOfSoftwareMaintenance);
        Assert.Equal(On("2017-09-17"), entry.Milestones.LastDateOfSupport);
        Assert.Equal("https://endoflife.date/big-ip", entry.Source.Url);
    }

    [Fact]
    public void Eol_true_without_a_date_is_ended_and_the_options_override_the_defaults()
    {
        var options = new EndOfLifeDateImportOptions { Os = "ros", Vendor = "Mikrotik SIA", IdPrefix = "mt" };

        var result = EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife("routeros.md"), options);

        var entry = Train(result, "6.48");
        Assert.True(entry.Milestones.EndedWithoutDate);
        Assert.True(entry.Milestones.IsEmpty is false);
        Assert.Null(entry.Milestones.EndOfVulnerabilitySupport);
        Assert.Equal(("mt-6.48", "Mikrotik SIA", "ros", "6.48.7"), (entry.Id, entry.Vendor, entry.Os, entry.Latest));
    }

    [Fact]
    public void A_device_file_gives_hardware_entries_by_product_ID()
    {
        var result = EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife("unmerged-prs", "cisco-hardware.pr4709.md"));

        Assert.Equal(418, result.Count);          // 445 releases, 27 of them repeated
        Assert.Equal(27, result.Warnings.Count);
        var entry = result.Cast<HardwareEntry>().Single(e => e.Id == "cisco-hardware-isr4431/k9");
        Assert.Equal(["ISR4431/K9"], entry.Products);
        Assert.Equal("Cisco", entry.Vendor);
        Assert.Equal(On("2023-11-07"), entry.Milestones.EndOfSale);              // discontinued
        Assert.Equal(On("2028-11-30"), entry.Milestones.LastDateOfSupport);      // eol
        Assert.Contains("select-isr4k-series-platform-eol.html", entry.Source.Url, StringComparison.Ordinal);
        Assert.Contains("'ISR4431/K9' appears again", result.Warnings.Select(w => w.Message).First(m => m.Contains("ISR4431/K9",
            StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_files_commercial_availability_column_is_the_end_of_sale()
    {
        var result = EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife("sns-hardware.md"));

        var entry = result.Cast<HardwareEntry>().Single(e => e.Products.SequenceEqual(["sn6100"]));
        Assert.Equal(On("2024-12-31"), entry.Milestones.EndOfSale);
        Assert.Equal(On("2029-12-31"), entry.Milestones.LastDateOfSupport);
        Assert.True(result.Cast<HardwareEntry>().Single(e => e.Products.SequenceEqual(["sni50"])).Milestones.IsEmpty);
    }

    [Fact]
    public void The_FortiGate_file_with_unquoted_templates_is_a_clean_error_naming_file_and_line()
    {
        var path = SharedLifecycle.EndOfLife("unmerged-prs", "fortigate.pr9920.md");

        var e = Assert.Throws<LifecycleException>(() => EndOfLifeDateImporter.Import(path));

        Assert.Equal(LifecycleFailure.InvalidImport, e.Failure);
        Assert.StartsWith($"{path}:24: invalid YAML: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("must be quoted", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_FortiGate_file_once_its_templates_are_quoted_gives_models_and_dates()
    {
        var text = File.ReadAllText(SharedLifecycle.EndOfLife("unmerged-prs", "fortigate.pr9920.md"));
        var quoted = System.Text.RegularExpressions.Regex.Replace(text, @"link: ([^\r\n]*\{\{[^\r\n]*)", "link: \"$1\"");

        var result = EndOfLifeDateImporter.ImportText(quoted, "fortigate.md");

        var entry = Assert.IsType<HardwareEntry>(result[0]);
        Assert.Equal(("fortigate-fg-70f", "Fortinet"), (entry.Id, entry.Vendor));
        Assert.Equal(["fg-70f"], entry.Products);
        Assert.Equal(["FortiGate-70F"], entry.Models);
        Assert.Equal(On("2026-05-17"), entry.Milestones.EndOfSale);
        Assert.Equal(On("2031-05-17"), entry.Milestones.LastDateOfSupport);
        Assert.Equal("https://endoflife.date/fortigate", entry.Source.Url);      // the link was a template
    }

    [Theory]
    [InlineData("title: x\n", "x.md:1: no front matter")]
    [InlineData("---\npermalink: /x\n", "x.md:1: the front matter is not closed")]
    [InlineData("---\npermalink: /fortios\nreleases:\n  - releaseCycle: \"1\"\n    eol: soon\n---\n",
        "x.md:5: releases[0].eol: 'soon' is not a date (YYYY-MM-DD), true or false")]
    [InlineData("---\npermalink: /fortios\nreleases:\n  - eol: true\n---\n", "x.md:4: releases[0].releaseCycle: missing")]
    public void A_broken_product_file_names_file_line_and_field(string text, string message)
    {
        var e = Assert.Throws<LifecycleException>(() => EndOfLifeDateImporter.ImportText(text, "x.md"));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_product_needs_a_vendor()
    {
        const string text = "---\npermalink: /opnsense\nreleases:\n  - releaseCycle: \"24.7\"\n    eol: 2025-01-31\n---\n";

        var e = Assert.Throws<LifecycleException>(() => EndOfLifeDateImporter.ImportText(text, "opnsense.md"));
        var entry = Assert.IsType<SoftwareEntry>(Assert.Single(EndOfLifeDateImporter.ImportText(text, "opnsense.md",
            new EndOfLifeDateImportOptions { Vendor = "Deciso" })));

        Assert.Equal(LifecycleFailure.InvalidOption, e.Failure);
        Assert.Equal(("opnsense", "opnsense-24.7"), (entry.Os, entry.Id));
    }

    [Fact]
    public void Classic_IOS_reads_although_its_file_repeats_a_key_as_Jekyll_allows()
    {
        var result = EndOfLifeDateImporter.Import(SharedLifecycle.EndOfLife("unmerged-prs", "cisco-ios.pr10204.md"));

        var entry = Train(result, "15.9");
        Assert.Equal(("cisco-ios-15.9", "Cisco", "ios", "15.9(3)M13"), (entry.Id, entry.Vendor, entry.Os, entry.Latest));
        Assert.Equal(On("2027-07-28"), entry.Milestones.EndOfSoftwareMaintenance);
        Assert.Equal(On("2029-07-27"), entry.Milestones.EndOfVulnerabilitySupport);
    }

    [Fact]
    public void Every_shared_product_file_imports_but_the_two_broken_ones_which_fail_with_the_layers_exception()
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(SharedLifecycle.EndOfLife("fortios.md"))!, "*.md",
            SearchOption.AllDirectories);
        var failed = new List<string>();

        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            try
            {
                Assert.NotEmpty(EndOfLifeDateImporter.Import(file, new EndOfLifeDateImportOptions { Vendor = "Test" }));
            }
            catch (LifecycleException e)
            {
                Assert.StartsWith(file + ":", e.Message, StringComparison.Ordinal);
                failed.Add(Path.GetFileName(file));
            }
        }

        // The old-template Aruba file is cut off before its closing '---'; FortiGate's templates are unquoted.
        Assert.Equal(["aruba-aos-cx.pr1180.md", "fortigate.pr9920.md"], failed);
    }
}

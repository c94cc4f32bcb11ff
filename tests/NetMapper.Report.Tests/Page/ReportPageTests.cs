using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetMapper.Topology;

namespace NetMapper.Report.Tests;

/// <summary>The page as written, read back as text: its policy, its blocks, its scripts, and that nothing reaches out.</summary>
public sealed partial class ReportPageTests
{
    private static readonly TopologyGraph Graph = SyntheticTopology.Build(40);

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")]
    private static partial Regex Policy();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<script type=\"application/gzip\" data-content=\"([^\"]+)\" id=\"([^\"]+)\">([^<]*)</script>")]
    private static partial Regex Blocks();

    /// <summary>An attribute or a style that would load something from a server (or from anywhere: "//host").</summary>
    [GeneratedRegex(@"(?:src|href|action|srcset|poster|data)\s*=\s*[""']?\s*(?:https?:)?//|url\(\s*['""]?\s*(?:https?:)?//|@import",
        RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"/\*!.*?\*/", RegexOptions.Singleline)]
    private static partial Regex LicenceComment();

    private static string Page(string language = "en") => ReportPage.Write(SampleReport.Of(Graph, language));

    [Fact]
    public void The_Policy_Forbids_Every_Request_And_Allows_Exactly_The_Page_Scripts()
    {
        string page = Page();
        var policy = Policy().Match(page);
        Assert.True(policy.Success, "no Content-Security-Policy meta element");
        var directives = policy.Groups[1].Value.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0]);
        Assert.Equal("default-src 'none'", directives["default-src"]);
        Assert.Equal("img-src data:", directives["img-src"]);
        Assert.Equal("base-uri 'none'", directives["base-uri"]);
        Assert.DoesNotContain("connect-src", directives.Keys);
        var scripts = Scripts().Matches(page).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(6, scripts.Length);
        var hashes = scripts.Select(s => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(s))))
            .Select(h => $"'sha256-{h}'");
        Assert.Equal("script-src " + string.Join(" ", hashes), directives["script-src"]);
        Assert.DoesNotContain("unsafe", directives["script-src"], StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_In_The_Page_Refers_To_Anything_Outside_It()
    {
        string page = LicenceComment().Replace(Page(), "");
        Assert.Empty(Reference().Matches(page).Select(m => m.Value));
        Assert.DoesNotContain("<link", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", page, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(Reference(), "<img src=\"https://example.com/x.png\">");
    }

    [Fact]
    public void The_Data_Block_Inflates_To_Well_Formed_Json_Of_The_Whole_Model()
    {
        var model = SampleReport.Of(Graph);
        var blocks = Blocks().Matches(ReportPage.Write(model)).ToDictionary(m => m.Groups[2].Value);
        Assert.Equal("application/json", blocks["report-data"].Groups[1].Value);
        using var json = JsonDocument.Parse(Inflate(blocks["report-data"].Groups[3].Value));
        var root = json.RootElement;
        Assert.Equal(model.Devices.Count, root.GetProperty("devices").GetArrayLength());
        Assert.Equal(["devices", "links", "hosts", "subnets", "vlans", "routes", "findings"],
            root.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        var hosts = root.GetProperty("tables")[2];
        Assert.Equal(Graph.Hosts.Count, hosts.GetProperty("rows").GetArrayLength());
        Assert.False(root.GetProperty("diagrams")[0].TryGetProperty("svg", out _), "the SVG is a block of its own, not JSON");
        Assert.Equal("image/svg+xml", blocks["svg-0"].Groups[1].Value);
        Assert.StartsWith("<svg", Inflate(blocks["svg-0"].Groups[3].Value), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Device_Named_Like_Markup_Stays_Data()
    {
        const string hostile = "</script><script>alert(1)</script>";
        var graph = Graph with { Devices = [.. Graph.Devices.Select((d, i) => i == 0 ? d with { Name = hostile } : d)] };
        string page = ReportPage.Write(SampleReport.Of(graph));
        Assert.DoesNotContain("alert(1)", page, StringComparison.Ordinal);
        var data = Inflate(Blocks().Matches(page).Single(m => m.Groups[2].Value == "report-data").Groups[3].Value);
        Assert.DoesNotContain("</script>", data, StringComparison.Ordinal);
        Assert.Contains("\\u003c/script>\\u003cscript>alert(1)", data, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public void The_Frame_Is_In_The_Reports_Language_With_Every_Label_Keyed(string language)
    {
        string page = Page(language);
        Assert.Contains($"<html lang=\"{language}\">", page, StringComparison.Ordinal);
        var text = new ReportText(language);
        Assert.Contains($"<title>Formosa · {text.Label("title")} #7</title>", page, StringComparison.Ordinal);
        Assert.Contains($"data-l=\"tab.overview\">{text.Label("tab.overview")}<", page, StringComparison.Ordinal);
        string placeholder = text.Label("search.placeholder");
        Assert.Contains($"placeholder=\"{placeholder}\"", page, StringComparison.Ordinal);
    }

    private static string Inflate(string base64)
    {
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

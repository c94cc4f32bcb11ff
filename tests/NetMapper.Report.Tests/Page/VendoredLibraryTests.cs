using System.Security.Cryptography;
using System.Text;

namespace NetMapper.Report.Tests;

/// <summary>The vendored pan/zoom library is the pinned release README names, and its licence travels with it.</summary>
public sealed class VendoredLibraryTests
{
    private static string Vendor => Path.Combine(RepoPaths.Root, "src", "NetMapper.Report", "vendor");

    [Fact]
    public void The_Copy_Is_Svg_Pan_Zoom_3_6_2_As_The_Readme_Pins_It()
    {
        var library = File.ReadAllBytes(Path.Combine(Vendor, "svg-pan-zoom", "svg-pan-zoom.min.js"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(library));
        Assert.Contains($"`{hash}`", File.ReadAllText(Path.Combine(Vendor, "README.md")), StringComparison.Ordinal);
        Assert.Contains("\"svg-pan-zoom\": \"3.6.2\"", File.ReadAllText(Path.Combine(Vendor, "package.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Page_Carries_The_Library_With_Its_Licence()
    {
        string script = ReportAssets.PanZoom;
        string licence = File.ReadAllText(Path.Combine(Vendor, "svg-pan-zoom", "LICENSE"));
        Assert.StartsWith("/*! svg-pan-zoom 3.6.2 (npm), BSD-2-Clause:", script, StringComparison.Ordinal);
        Assert.Contains(licence.Trim(), script, StringComparison.Ordinal);
        Assert.EndsWith(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Vendor, "svg-pan-zoom", "svg-pan-zoom.min.js"))), script,
            StringComparison.Ordinal);
    }
}

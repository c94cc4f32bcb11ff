using NetMapper.Lifecycle.Versions;

namespace NetMapper.Lifecycle.Tests.Versions;

public class JunkVersionTests
{
    private static readonly string[] Junk = ["", "   ", "unknown", "UNKNOWN", "abc", "n/a", "(none)"];

    public static TheoryData<string, string> EveryFamilyWithJunk()
    {
        var data = new TheoryData<string, string>();
        foreach (string family in OsFamilies.Known)
            foreach (string junk in Junk) data.Add(family, junk);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFamilyWithJunk))]
    public void No_family_reads_junk_as_a_version(string family, string junk) =>
        Assert.Null(VersionAssert.TryParse(family, junk));

    [Theory]
    [InlineData("ios", "15.0(2a")]
    [InlineData("ios", "Cisco IOS Software")]
    [InlineData("nx-os", "7.0(3)I7(8")]
    [InlineData("junos", "JUNOS")]
    [InlineData("junos", "8.5-20080528.0")]
    [InlineData("asa", "9.12(2")]
    [InlineData("gaia", "3.10.20-al-5.0-pr2")]
    [InlineData("procurve", "KA.00.00.0000")]
    [InlineData("vrp", "5.170")]
    [InlineData("comware", "Release 2432P06")]
    public void No_family_reads_something_that_only_looks_like_its_versions(string family, string text) =>
        Assert.Null(VersionAssert.TryParse(family, text));
}

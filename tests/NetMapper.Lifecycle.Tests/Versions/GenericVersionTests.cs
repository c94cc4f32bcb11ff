using NetMapper.Lifecycle.Versions;

namespace NetMapper.Lifecycle.Tests.Versions;

public class GenericVersionTests
{
    private const string Generic = OsFamilies.Generic;

    [Theory]
    [InlineData("2.3.2", "2.3.2", "2 3 2")]
    [InlineData("v1.8.0", "1.8.0", "1 8 0")]
    [InlineData("6.3.1.11", "6.3.1.11", "6 3 1 11")]
    [InlineData("8.2.0.0_B020", "8.2.0.0_B020", "8 2 0 0 B 20")]
    [InlineData("6.6.3[Default]", "6.6.3", "6 6 3")]
    public void Reads_dotted_numbers_with_a_tail(string reported, string text, string parts) =>
        VersionAssert.Reads(Generic, reported, text, parts);

    [Theory]
    [InlineData("1.9", "1.10")]
    [InlineData("2.0rc1", "2.0")]
    [InlineData("6.3.1.11", "6.3.2")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(Generic, older, newer);

    [Fact]
    public void Serves_a_family_no_scheme_knows_under_that_familys_key()
    {
        var version = OsFamilies.SchemeOrGeneric("sonicos").Parse("7.0.1-5035");
        Assert.NotNull(version);
        Assert.Equal("sonicos", version.Family);
        Assert.Equal("7 0 1 5035", VersionAssert.PartsOf(version));
    }
}

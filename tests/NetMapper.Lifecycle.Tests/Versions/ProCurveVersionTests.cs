namespace NetMapper.Lifecycle.Tests.Versions;

public class ProCurveVersionTests
{
    private const string ProCurve = "procurve";

    [Theory]
    [InlineData("KB.16.11.0020", "16.11.0020", "16 11 20")]
    [InlineData("WC.16.10.0009", "16.10.0009", "16 10 9")]
    [InlineData("K.15.18.0013", "15.18.0013", "15 18 13")]
    [InlineData("YA.16.02.0012", "16.02.0012", "16 2 12")]
    [InlineData("RA.16.02.0012, ROM RA.15.13", "16.02.0012", "16 2 12")]
    [InlineData("16.11", "16.11", "16 11")]
    public void Reads_the_versions_switches_report_without_their_platform_letters(string reported, string text, string parts) =>
        VersionAssert.Reads(ProCurve, reported, text, parts);

    [Theory]
    [InlineData("K.15.18.0013", "YA.16.02.0012")]
    [InlineData("YA.16.02.0012", "WC.16.10.0009")]
    [InlineData("WC.16.10.0009", "KB.16.11.0020")]
    [InlineData("YA.16.11.0014", "KB.16.11.0020")]
    public void Orders_older_releases_before_newer_ones_across_platforms(string older, string newer) =>
        VersionAssert.Ordered(ProCurve, older, newer);

    [Theory]
    [InlineData("KB.16.11.0020", "16.11", true)]
    [InlineData("YA.16.02.0012", "16.2", true)]
    [InlineData("WC.16.10.0009", "16.11", false)]
    [InlineData("K.15.18.0013", "16.11", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(ProCurve, version, train, inTrain);

    [Fact]
    public void Reads_a_stack_members_placeholder_as_no_version() =>
        Assert.Null(VersionAssert.TryParse(ProCurve, "KA.00.00.0000"));
}

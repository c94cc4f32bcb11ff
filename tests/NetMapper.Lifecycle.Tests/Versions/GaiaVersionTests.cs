namespace NetMapper.Lifecycle.Tests.Versions;

public class GaiaVersionTests
{
    private const string Gaia = "gaia";

    [Theory]
    [InlineData("R77.20", "R77.20", "77 20")]
    [InlineData("R80.40", "R80.40", "80 40")]
    [InlineData("R81.10", "R81.10", "81 10")]
    [InlineData("R81", "R81", "81")]
    [InlineData("R80.40 JHF Take 120", "R80.40", "80 40")]
    [InlineData("Gaia r81.10.08", "R81.10.08", "81 10 8")]
    public void Reads_the_versions_gateways_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(Gaia, reported, text, parts);

    [Theory]
    [InlineData("R77.20", "R80.40")]
    [InlineData("R80.30", "R80.40")]
    [InlineData("R80.40", "R81")]
    [InlineData("R81", "R81.10")]
    [InlineData("R81.10", "R81.20")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(Gaia, older, newer);

    [Theory]
    [InlineData("R80.40", "R80.40", true)]
    [InlineData("R80.40", "R80", true)]
    [InlineData("R81.10.08", "R81.10", true)]
    [InlineData("R81.10", "R80.40", false)]
    [InlineData("R80.30", "R80.40", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(Gaia, version, train, inTrain);
}

namespace NetMapper.Lifecycle.Tests.Versions;

public class PanOsVersionTests
{
    private const string PanOs = "pan-os";

    [Theory]
    [InlineData("10.2.9-h1", "10.2.9-h1", "10 2 9 h 1")]
    [InlineData("10.1.6-h6", "10.1.6-h6", "10 1 6 h 6")]
    [InlineData("9.0.5", "9.0.5", "9 0 5")]
    [InlineData("11.2.13-h1", "11.2.13-h1", "11 2 13 h 1")]
    [InlineData("10.2", "10.2", "10 2")]
    public void Reads_the_versions_devices_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(PanOs, reported, text, parts);

    [Theory]
    [InlineData("9.0.5", "10.1.6-h6")]
    [InlineData("10.1.6-h6", "10.2.9-h1")]
    [InlineData("10.2.9", "10.2.9-h1")]
    [InlineData("10.2.9-h1", "10.2.9-h3")]
    [InlineData("10.2.9-h3", "10.2.10")]
    [InlineData("9.0.5", "9.0.7")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(PanOs, older, newer);

    [Theory]
    [InlineData("10.2.9-h1", "10.2", true)]
    [InlineData("9.0.5", "9.0", true)]
    [InlineData("10.1.6-h6", "10.2", false)]
    [InlineData("10.10.1", "10.1", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(PanOs, version, train, inTrain);
}

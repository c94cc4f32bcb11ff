namespace NetMapper.Lifecycle.Tests.Versions;

public class TmosVersionTests
{
    private const string Tmos = "tmos";

    [Theory]
    [InlineData("11.5.1", "11.5.1", "11 5 1")]
    [InlineData("15.1.10", "15.1.10", "15 1 10")]
    [InlineData("17.1.0.3", "17.1.0.3", "17 1 0 3")]
    [InlineData("BIG-IP 16.1.6 Build 0.0.2", "16.1.6", "16 1 6")]
    [InlineData("15.1", "15.1", "15 1")]
    public void Reads_the_versions_devices_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(Tmos, reported, text, parts);

    [Theory]
    [InlineData("11.5.1", "15.1.10")]
    [InlineData("15.1.10", "17.1.0.3")]
    [InlineData("15.1.9", "15.1.10")]
    [InlineData("17.1.0", "17.1.0.3")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(Tmos, older, newer);

    [Theory]
    [InlineData("15.1.10", "15.1", true)]
    [InlineData("17.1.0.3", "17.1", true)]
    [InlineData("11.5.1", "15.1", false)]
    [InlineData("15.1.10", "15.10", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(Tmos, version, train, inTrain);
}

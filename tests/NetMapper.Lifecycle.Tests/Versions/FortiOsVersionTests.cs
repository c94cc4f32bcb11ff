namespace NetMapper.Lifecycle.Tests.Versions;

public class FortiOsVersionTests
{
    private const string FortiOs = "fortios";

    [Theory]
    [InlineData("v7.2.10", "7.2.10", "7 2 10")]
    [InlineData("v6.2.15,build1378,230612 (GA)", "6.2.15", "6 2 15")]
    [InlineData("7.0.12", "7.0.12", "7 0 12")]
    [InlineData("v7.0.6,build0366,220606 (GA.F)", "7.0.6", "7 0 6")]
    [InlineData("FortiGate-60F v7.2.10,build1706,240918 (GA.M)", "7.2.10", "7 2 10")]
    [InlineData("FortiWiFi-60D v5.6.5,build1600b1600,180620 (GA)", "5.6.5", "5 6 5")]
    [InlineData("7.2", "7.2", "7 2")]
    public void Reads_the_versions_devices_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(FortiOs, reported, text, parts);

    [Theory]
    [InlineData("v6.2.15,build1378,230612 (GA)", "7.0.12")]
    [InlineData("7.0.12", "v7.2.10")]
    [InlineData("v7.2.9", "v7.2.10")]
    [InlineData("6.4.8", "6.4.9")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(FortiOs, older, newer);

    [Theory]
    [InlineData("v7.2.10", "7.2", true)]
    [InlineData("v6.2.15,build1378,230612 (GA)", "6.2", true)]
    [InlineData("v7.2.10", "7.0", false)]
    [InlineData("7.0.12", "7.2", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(FortiOs, version, train, inTrain);
}

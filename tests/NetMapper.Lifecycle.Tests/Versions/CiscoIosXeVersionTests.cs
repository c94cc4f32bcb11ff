namespace NetMapper.Lifecycle.Tests.Versions;

public class CiscoIosXeVersionTests
{
    private const string IosXe = "ios-xe";

    [Theory]
    [InlineData("17.12.4", "17.12.4", "17 12 4")]
    [InlineData("16.9.8", "16.9.8", "16 9 8")]
    [InlineData("17.3.8a", "17.3.8a", "17 3 8 a")]
    [InlineData("17.6.5, RELEASE SOFTWARE (fc3)", "17.6.5", "17 6 5")]
    [InlineData("Everest 16.6.7", "16.6.7", "16 6 7")]
    [InlineData("16.09.04", "16.09.04", "16 9 4")]
    [InlineData("03.06.08E", "03.06.08E", "3 6 8 E")]
    [InlineData("15.5(3)S1a", "15.5(3)S1a", "15 5 3 0 S 1 1")]
    [InlineData("17.6", "17.6", "17 6")]
    public void Reads_the_versions_devices_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(IosXe, reported, text, parts);

    [Theory]
    [InlineData("16.9.8", "17.3.8a")]
    [InlineData("17.3.8a", "17.6.5")]
    [InlineData("17.6.5", "17.12.4")]
    [InlineData("17.3.8", "17.3.8a")]
    [InlineData("17.3.8a", "17.3.9")]
    [InlineData("16.12.10", "17.1.1")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(IosXe, older, newer);

    [Fact]
    public void Reads_leading_zeros_as_the_same_release() => VersionAssert.Same(IosXe, "16.09.04", "16.9.4");

    [Theory]
    [InlineData("17.6.5", "17.6", true)]
    [InlineData("16.9.8", "16.9", true)]
    [InlineData("17.3.8a", "17.3", true)]
    [InlineData("17.12.4", "17.1", false)]
    [InlineData("17.6.5", "16.9", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(IosXe, version, train, inTrain);
}

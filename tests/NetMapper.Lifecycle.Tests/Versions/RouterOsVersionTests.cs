namespace NetMapper.Lifecycle.Tests.Versions;

public class RouterOsVersionTests
{
    private const string RouterOs = "routeros";

    [Theory]
    [InlineData("6.40.5", "6.40.5", "6 40 5")]
    [InlineData("6.44.2", "6.44.2", "6 44 2")]
    [InlineData("7.12.1", "7.12.1", "7 12 1")]
    [InlineData("6.48.6 (long-term)", "6.48.6", "6 48 6")]
    [InlineData("RouterOS 6.49.10 (stable)", "6.49.10", "6 49 10")]
    [InlineData("7.1rc1", "7.1rc1", "7 1 rc 1")]
    [InlineData("7", "7", "7")]
    public void Reads_the_versions_routers_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(RouterOs, reported, text, parts);

    [Theory]
    [InlineData("6.40.5", "6.44.2")]
    [InlineData("6.44.2", "6.48.6 (long-term)")]
    [InlineData("6.48.6 (long-term)", "7.12.1")]
    [InlineData("6.9", "6.10")]
    [InlineData("7.1beta4", "7.1rc1")]
    [InlineData("7.1rc1", "7.1")]
    [InlineData("7.1", "7.1.1")]
    public void Orders_older_releases_before_newer_ones_and_release_candidates_before_their_release(string older, string newer) =>
        VersionAssert.Ordered(RouterOs, older, newer);

    [Theory]
    [InlineData("6.44.2", "6.44", true)]
    [InlineData("7.12.1", "7", true)]
    [InlineData("6.48.6 (long-term)", "7", false)]
    [InlineData("6.44.2", "6.4", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(RouterOs, version, train, inTrain);
}

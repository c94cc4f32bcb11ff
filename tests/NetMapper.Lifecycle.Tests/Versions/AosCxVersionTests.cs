namespace NetMapper.Lifecycle.Tests.Versions;

public class AosCxVersionTests
{
    private const string AosCx = "aos-cx";

    [Theory]
    [InlineData("ML.10.07.0005", "10.07.0005", "10 7 5")]
    [InlineData("FL.10.06.0110", "10.06.0110", "10 6 110")]
    [InlineData("PL.10.10.1000", "10.10.1000", "10 10 1000")]
    [InlineData("GL.10.06.0110", "10.06.0110", "10 6 110")]
    [InlineData("10.09.1010", "10.09.1010", "10 9 1010")]
    [InlineData("10.07", "10.07", "10 7")]
    public void Reads_the_versions_switches_report_without_their_platform_letters(string reported, string text, string parts) =>
        VersionAssert.Reads(AosCx, reported, text, parts);

    [Theory]
    [InlineData("FL.10.06.0110", "ML.10.07.0005")]
    [InlineData("ML.10.07.0005", "PL.10.10.1000")]
    [InlineData("PL.10.10.0002", "FL.10.10.1030")]
    public void Orders_older_releases_before_newer_ones_across_platforms(string older, string newer) =>
        VersionAssert.Ordered(AosCx, older, newer);

    [Fact]
    public void Counts_one_release_on_two_platforms_as_one_version() =>
        VersionAssert.Same(AosCx, "FL.10.06.0110", "GL.10.06.0110");

    [Theory]
    [InlineData("ML.10.07.0005", "10.07", true)]
    [InlineData("ML.10.07.0005", "10.7", true)]
    [InlineData("ML.10.07.0005", "10.06", false)]
    [InlineData("PL.10.10.1000", "10.1", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(AosCx, version, train, inTrain);
}

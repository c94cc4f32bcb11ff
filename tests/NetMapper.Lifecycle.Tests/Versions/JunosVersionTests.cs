namespace NetMapper.Lifecycle.Tests.Versions;

public class JunosVersionTests
{
    private const string Junos = "junos";

    [Theory]
    [InlineData("14.1X53-D40.8", "14.1X53-D40.8", "14 1 X 53 D 40")]
    [InlineData("19.4R3.11", "19.4R3.11", "19 4 R 3")]
    [InlineData("22.2R3-S1", "22.2R3-S1", "22 2 R 3 S 1")]
    [InlineData("21.4R3-S5.4", "21.4R3-S5.4", "21 4 R 3 S 5")]
    [InlineData("22.2R3-S1.3-EVO", "22.2R3-S1.3-EVO", "22 2 R 3 S 1")]
    [InlineData("12.3X48-D35.7, Build date: 2016-08-05", "12.3X48-D35.7", "12 3 X 48 D 35")]
    [InlineData("10.0S14", "10.0S14", "10 0 S 14")]
    [InlineData("22.2r3-s1", "22.2R3-S1", "22 2 R 3 S 1")]
    [InlineData("14.1X53", "14.1X53", "14 1 X 53")]
    [InlineData("19.4", "19.4", "19 4")]
    public void Reads_the_versions_devices_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(Junos, reported, text, parts);

    [Theory]
    [InlineData("14.1X53-D40.8", "19.4R3.11")]
    [InlineData("19.4R3.11", "21.4R3-S5.4")]
    [InlineData("21.4R3-S5.4", "22.2R3-S1")]
    [InlineData("19.4R3.11", "19.4R3-S1")]
    [InlineData("19.4R3-S1", "19.4R4")]
    [InlineData("21.4R3-S5.4", "21.4R3-S10")]
    [InlineData("15.1X49-D90", "15.1X49-D100.6")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(Junos, older, newer);

    [Fact]
    public void Counts_a_respin_as_the_same_release() => VersionAssert.Same(Junos, "21.4R3-S5", "21.4R3-S5.4");

    [Theory]
    [InlineData("14.1X53-D40.8", "14.1X53", true)]
    [InlineData("19.4R3.11", "19.4", true)]
    [InlineData("22.2R3-S1", "22.2", true)]
    [InlineData("21.4R3-S5.4", "21.4", true)]
    [InlineData("14.1R1", "14.1X53", false)]
    [InlineData("19.4R3.11", "19.3", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(Junos, version, train, inTrain);
}

namespace NetMapper.Lifecycle.Tests.Versions;

public class NxosVersionTests
{
    private const string Nxos = "nx-os";

    [Theory]
    [InlineData("7.0(3)I7(8)", "7.0(3)I7(8)", "7 0 3 0 I 7 8 0")]
    [InlineData("10.3(4a)", "10.3(4a)", "10 3 4 1")]
    [InlineData("9.3(10)", "9.3(10)", "9 3 10 0")]
    [InlineData("7.0(3)I7(8), RELEASE SOFTWARE", "7.0(3)I7(8)", "7 0 3 0 I 7 8 0")]
    [InlineData("5.2(1)CG2(1)", "5.2(1)CG2(1)", "5 2 1 0 CG 2 1 0")]
    [InlineData("4.1(3)N1(1a)", "4.1(3)N1(1a)", "4 1 3 0 N 1 1 1")]
    [InlineData("7.0.3.I7.8", "7.0(3)I7(8)", "7 0 3 0 I 7 8 0")]
    [InlineData("10.2(9)M", "10.2(9)", "10 2 9 0")]
    [InlineData("7.0(3)I7", "7.0(3)I7", "7 0 3 0 I 7")]
    [InlineData("10.3", "10.3", "10 3")]
    public void Reads_the_versions_devices_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(Nxos, reported, text, parts);

    [Theory]
    [InlineData("7.0(3)I7(8)", "9.3(10)")]
    [InlineData("9.3(10)", "10.3(4a)")]
    [InlineData("9.3(9)", "9.3(10)")]
    [InlineData("10.3(4)", "10.3(4a)")]
    [InlineData("10.3(4a)", "10.3(5)")]
    [InlineData("7.0(3)I7(6)", "7.0(3)I7(8)")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(Nxos, older, newer);

    [Theory]
    [InlineData("7.0(3)I7(8)", "7.0(3)I7", true)]
    [InlineData("7.0(3)I7(8)", "7.0", true)]
    [InlineData("10.3(4a)", "10.3", true)]
    [InlineData("9.3(10)", "9.3", true)]
    [InlineData("9.3(10)", "10.3", false)]
    [InlineData("7.0(3)I6(2)", "7.0(3)I7", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(Nxos, version, train, inTrain);
}

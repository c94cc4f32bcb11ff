namespace NetMapper.Lifecycle.Tests.Versions;

public class CiscoIosVersionTests
{
    private const string Ios = "ios";

    [Theory]
    [InlineData("15.0(2a)EX5", "15.0(2a)EX5", "15 0 2 1 EX 5")]
    [InlineData("12.2(55)SE12, RELEASE SOFTWARE (fc2)", "12.2(55)SE12", "12 2 55 0 SE 12")]
    [InlineData("15.2(7)E8", "15.2(7)E8", "15 2 7 0 E 8")]
    [InlineData("15.2(4)E10", "15.2(4)E10", "15 2 4 0 E 10")]
    [InlineData("\"12.1(22)EA14, RELEASE SOFTWARE (fc1)\"", "12.1(22)EA14", "12 1 22 0 EA 14")]
    [InlineData("12.2(31)SGA8", "12.2(31)SGA8", "12 2 31 0 SGA 8")]
    [InlineData("15.8(3)M4", "15.8(3)M4", "15 8 3 0 M 4")]
    [InlineData("12.2(4)YB", "12.2(4)YB", "12 2 4 0 YB")]
    [InlineData("15.5(3)S1a", "15.5(3)S1a", "15 5 3 0 S 1 1")]
    [InlineData("Version 12.2(33)SRC5", "12.2(33)SRC5", "12 2 33 0 SRC 5")]
    [InlineData("15.2", "15.2", "15 2")]
    [InlineData("15.2(7)E", "15.2(7)E", "15 2 7 0 E")]
    public void Reads_the_versions_devices_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(Ios, reported, text, parts);

    [Theory]
    [InlineData("12.2(55)SE12", "15.0(2a)EX5")]
    [InlineData("15.0(2a)EX5", "15.2(4)E10")]
    [InlineData("15.2(4)E10", "15.2(7)E8")]
    [InlineData("15.2(7)E8", "15.2(7)E10")]
    [InlineData("15.2(2)E9", "15.2(2a)E1")]
    [InlineData("15.5(3)S1", "15.5(3)S1a")]
    [InlineData("12.4(24)T", "12.4(24)T1")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(Ios, older, newer);

    [Theory]
    [InlineData("15.2(7)E8", "15.2", true)]
    [InlineData("15.2(4)E10", "15.2", true)]
    [InlineData("12.2(55)SE12", "12.2", true)]
    [InlineData("15.2(7)E8", "15.2(7)E", true)]
    [InlineData("12.2(55)SE12", "15.2", false)]
    [InlineData("15.2(4)E10", "15.2(7)E", false)]
    [InlineData("15.2(7)E10", "15.2(7)E1", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(Ios, version, train, inTrain);
}

namespace NetMapper.Lifecycle.Tests.Versions;

public class AsaVersionTests
{
    private const string Asa = "asa";

    [Theory]
    [InlineData("9.12(2)", "9.12(2)", "9 12 2")]
    [InlineData("9.1(7)32", "9.1(7)32", "9 1 7 32")]
    [InlineData("9.8(4)45", "9.8(4)45", "9 8 4 45")]
    [InlineData("9.20(2)201", "9.20(2)201", "9 20 2 201")]
    [InlineData("9.12(2) <context>", "9.12(2)", "9 12 2")]
    [InlineData("9.8(4.15)", "9.8(4.15)", "9 8 4 15")]
    [InlineData("9.12", "9.12", "9 12")]
    public void Reads_the_versions_devices_report_and_the_trains_catalogs_write(string reported, string text, string parts) =>
        VersionAssert.Reads(Asa, reported, text, parts);

    [Theory]
    [InlineData("9.1(7)32", "9.8(4)45")]
    [InlineData("9.8(4)45", "9.12(2)")]
    [InlineData("9.8(4)", "9.8(4)45")]
    [InlineData("9.8(4)9", "9.8(4)45")]
    [InlineData("9.12(4)37", "9.20(2)201")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(Asa, older, newer);

    [Theory]
    [InlineData("9.12(2)", "9.12", true)]
    [InlineData("9.1(7)32", "9.1", true)]
    [InlineData("9.12(2)", "9.1", false)]
    [InlineData("9.8(4)45", "9.1", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(Asa, version, train, inTrain);
}

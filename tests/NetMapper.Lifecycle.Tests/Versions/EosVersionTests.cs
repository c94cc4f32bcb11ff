namespace NetMapper.Lifecycle.Tests.Versions;

public class EosVersionTests
{
    private const string Eos = "eos";

    [Theory]
    [InlineData("4.15.3F", "4.15.3F", "4 15 3")]
    [InlineData("4.28.3M", "4.28.3M", "4 28 3")]
    [InlineData("4.12.7.1", "4.12.7.1", "4 12 7 1")]
    [InlineData("4.18.10M", "4.18.10M", "4 18 10")]
    [InlineData("4.22.1FX-CLI", "4.22.1FX-CLI", "4 22 1")]
    [InlineData("4.15", "4.15", "4 15")]
    public void Reads_the_versions_switches_report_with_the_release_type_as_a_label(string reported, string text, string parts) =>
        VersionAssert.Reads(Eos, reported, text, parts);

    [Theory]
    [InlineData("4.15.3F", "4.28.3M")]
    [InlineData("4.18.9M", "4.18.10M")]
    [InlineData("4.21.1F", "4.21.1.1F")]
    [InlineData("4.12.7", "4.12.7.1")]
    [InlineData("4.14.2F", "4.15.3F")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(Eos, older, newer);

    [Theory]
    [InlineData("4.15.3F", "4.15", true)]
    [InlineData("4.28.3M", "4.28", true)]
    [InlineData("4.28.3M", "4.15", false)]
    [InlineData("4.18.10M", "4.1", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(Eos, version, train, inTrain);
}

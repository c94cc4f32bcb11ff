namespace NetMapper.Lifecycle.Tests.Versions;

public class VrpVersionTests
{
    private const string Vrp = "vrp";

    [Theory]
    [InlineData("V200R010C00SPC600", "V200R010C00SPC600", "200 10 C 0 SPC 600")]
    [InlineData("V200R019C10SPC500", "V200R019C10SPC500", "200 19 C 10 SPC 500")]
    [InlineData("V800R012C00SPC300", "V800R012C00SPC300", "800 12 C 0 SPC 300")]
    [InlineData("5.170 (V200R010C00SPC600)", "V200R010C00SPC600", "200 10 C 0 SPC 600")]
    [InlineData("Version 5.170 V200R010C00SPC600", "V200R010C00SPC600", "200 10 C 0 SPC 600")]
    [InlineData("5.120 (AR1220 V200R003C01SPC900)", "V200R003C01SPC900", "200 3 C 1 SPC 900")]
    [InlineData("V200R010", "V200R010", "200 10")]
    public void Reads_the_release_code_wherever_discovery_stored_it(string reported, string text, string parts) =>
        VersionAssert.Reads(Vrp, reported, text, parts);

    [Theory]
    [InlineData("V200R003C01SPC900", "V200R010C00SPC600")]
    [InlineData("V200R010C00SPC600", "V200R019C10SPC500")]
    [InlineData("V200R019C10SPC500", "V800R012C00SPC300")]
    [InlineData("V200R010C00", "V200R010C00SPC600")]
    [InlineData("V200R019C00SPC800", "V200R019C10SPC500")]
    [InlineData("V800R012C00SPC300", "V800R012C10SPC300")]
    public void Orders_older_releases_before_newer_ones(string older, string newer) =>
        VersionAssert.Ordered(Vrp, older, newer);

    [Theory]
    [InlineData("V200R010C00SPC600", "V200R010", true)]
    [InlineData("V200R019C10SPC500", "V200R019C10", true)]
    [InlineData("V200R019C10SPC500", "V200R010", false)]
    [InlineData("V800R012C00SPC300", "V200R012", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(Vrp, version, train, inTrain);

    [Fact]
    public void Reads_the_platform_number_alone_as_no_version() => Assert.Null(VersionAssert.TryParse(Vrp, "5.170"));
}

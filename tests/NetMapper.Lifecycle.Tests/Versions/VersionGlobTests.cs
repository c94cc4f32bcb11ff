using NetMapper.Lifecycle.Versions;

namespace NetMapper.Lifecycle.Tests.Versions;

public class VersionGlobTests
{
    [Theory]
    [InlineData("15.2(7)E*", "15.2(7)E8", true)]
    [InlineData("15.2(7)E*", "15.2(7)E", true)]
    [InlineData("15.2(7)E*", "15.2(4)E10", false)]
    [InlineData("15.2(7)e*", "15.2(7)E8", true)]
    [InlineData("17.6.*", "17.6.5", true)]
    [InlineData("17.6.*", "17.16.1", false)]
    [InlineData("*-h*", "10.2.9-h1", true)]
    [InlineData("10.2.9", "10.2.9-h1", false)]
    [InlineData("*", "4.28.3M", true)]
    [InlineData("a*b*c", "aXbYc", true)]
    [InlineData("a*b*c", "aXbYcZ", false)]
    [InlineData("*S5*", "21.4R3-S5.4", true)]
    public void Matches_the_whole_text_with_star_for_any_run(string pattern, string text, bool matches) =>
        Assert.Equal(matches, VersionGlob.IsMatch(pattern, text));

    [Theory]
    [InlineData("fortios", "v6.2.15,build1378,230612 (GA)", "6.2.*", true)]
    [InlineData("aos-cx", "ML.10.07.0005", "10.07.*", true)]
    [InlineData("ios", "15.2(7)E8, RELEASE SOFTWARE (fc3)", "15.2(7)E*", true)]
    [InlineData("ios", "15.2(4)E10, RELEASE SOFTWARE (fc1)", "15.2(7)E*", false)]
    [InlineData("nx-os", "7.0.3.I7.8", "7.0(3)I7(*)", true)]
    public void Matches_a_version_by_its_normalised_text(string family, string reported, string pattern, bool matches) =>
        Assert.Equal(matches, VersionGlob.IsMatch(pattern, VersionAssert.Parse(family, reported)));
}

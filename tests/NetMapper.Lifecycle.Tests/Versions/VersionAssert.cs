using NetMapper.Lifecycle.Versions;

namespace NetMapper.Lifecycle.Tests.Versions;

/// <summary>What every family's tests check, said once: parsing, order and train membership.</summary>
internal static class VersionAssert
{
    public static OsVersion Parse(string family, string text) =>
        TryParse(family, text) ?? throw new Xunit.Sdk.XunitException($"{family} did not read \"{text}\"");

    public static OsVersion? TryParse(string family, string text) =>
        (OsFamilies.Scheme(family) ?? throw new ArgumentException($"no scheme for {family}", nameof(family))).Parse(text);

    /// <summary>The parts written with spaces between them: "15 0 2 1 EX 5".</summary>
    public static string PartsOf(OsVersion version) => string.Join(" ", version.Parts);

    public static void Reads(string family, string reported, string text, string parts)
    {
        var version = Parse(family, reported);
        Assert.Equal(family, version.Family);
        Assert.Equal(text, version.Text);
        Assert.Equal(parts, PartsOf(version));
    }

    public static void Ordered(string family, string older, string newer)
    {
        OsVersion a = Parse(family, older), b = Parse(family, newer);
        Assert.True(a < b, $"{older} should be older than {newer}");
        Assert.True(b > a, $"{newer} should be newer than {older}");
        Assert.True(a.CompareTo(b) < 0 && b.CompareTo(a) > 0);
    }

    public static void Same(string family, string one, string other) =>
        Assert.Equal(0, Parse(family, one).CompareTo(Parse(family, other)));

    public static void InTrain(string family, string version, string train, bool expected) =>
        Assert.Equal(expected, Parse(family, version).IsInTrain(Parse(family, train)));
}

namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// One piece of a version: a number ("15", "0005" = 5), a word ("EX", "R", "h"), or a pre-release word ("beta", "rc")
/// that makes its version older than the release it leads to (7.1rc1 &lt; 7.1).
/// </summary>
public readonly record struct VersionPart(long Number, string Word)
{
    public bool IsNumber => Word.Length == 0;
    public bool IsPreRelease { get; init; }

    public static VersionPart Of(long number) => new(number, "");
    public static VersionPart Of(string word) => new(0, word);
    public static VersionPart PreRelease(string word) => new(0, word) { IsPreRelease = true };

    public override string ToString() => IsNumber ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : Word;
}

/// <summary>
/// A version of one OS family, parsed into ordered parts by that family's <see cref="IVersionScheme"/>. Versions of
/// one family compare part by part (numbers by value, words ordinally ignoring case; a version that is a prefix of
/// another is older: 17.6.8 &lt; 17.6.8a, unless the rest starts with a pre-release: 7.1rc1 &lt; 7.1).
/// </summary>
public sealed record OsVersion(string Family, string Text, IReadOnlyList<VersionPart> Parts) : IComparable<OsVersion>
{
    public int CompareTo(OsVersion? other)
    {
        if (other is null) return 1;
        int shared = Math.Min(Parts.Count, other.Parts.Count);
        for (int i = 0; i < shared; i++)
        {
            int c = ComparePart(Parts[i], other.Parts[i]);
            if (c != 0) return c;
        }
        if (Parts.Count == other.Parts.Count) return 0;
        // The longer one adds something: a later build (17.6.8a) or a pre-release of the shorter one (7.1rc1).
        return Parts.Count > other.Parts.Count
            ? (Parts[shared].IsPreRelease ? -1 : 1)
            : (other.Parts[shared].IsPreRelease ? 1 : -1);
    }

    /// <summary>True when this version lies in the train: the train's parts are a prefix of this version's.</summary>
    public bool IsInTrain(OsVersion train)
    {
        if (train.Parts.Count > Parts.Count) return false;
        for (int i = 0; i < train.Parts.Count; i++)
            if (ComparePart(Parts[i], train.Parts[i]) != 0) return false;
        return true;
    }

    private static int ComparePart(VersionPart a, VersionPart b) => (a.IsPreRelease, b.IsPreRelease) switch
    {
        (true, false) => -1,
        (false, true) => 1,
        _ => CompareKind(a, b),
    };

    private static int CompareKind(VersionPart a, VersionPart b) => (a.IsNumber, b.IsNumber) switch
    {
        (true, true) => a.Number.CompareTo(b.Number),
        (false, false) => string.Compare(a.Word, b.Word, StringComparison.OrdinalIgnoreCase),
        // A number after a release part sorts before a word there: 17.6.8 < 17.6.8a is handled by length,
        // 7.0(3)I7 vs 7.0(3)7 does not arise within one family; numbers first keeps the order total.
        (true, false) => -1,
        (false, true) => 1,
    };

    public static bool operator <(OsVersion a, OsVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(OsVersion a, OsVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(OsVersion a, OsVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(OsVersion a, OsVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => Text;
}

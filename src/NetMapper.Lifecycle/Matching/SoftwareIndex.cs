using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Versions;

namespace NetMapper.Lifecycle.Matching;

/// <summary>The software entries by OS family, with trains and range ends parsed once by the family's scheme.</summary>
internal sealed class SoftwareIndex
{
    private readonly Dictionary<string, List<Parsed>> byFamily = new(StringComparer.Ordinal);

    private sealed record Parsed(SoftwareEntry Entry, OsVersion? Train, OsVersion? From, OsVersion? To, OsVersion? Latest);

    public SoftwareIndex(IEnumerable<SoftwareEntry> entries)
    {
        foreach (var entry in entries)
        {
            var scheme = OsFamilies.Scheme(entry.Os);
            OsVersion? Parse(string text) => text.Length == 0 || scheme is null ? null : scheme.Parse(text);
            var parsed = new Parsed(entry, Parse(entry.Train), Parse(entry.From), Parse(entry.To), Parse(entry.Latest));
            if (!byFamily.TryGetValue(entry.Os, out var list)) byFamily[entry.Os] = list = [];
            list.Add(parsed);
        }
    }

    /// <summary>The entries the version falls in, the most specific rule first (the longest train).</summary>
    public IReadOnlyList<CatalogMatch> Match(OsVersion version)
    {
        if (!byFamily.TryGetValue(version.Family, out var entries)) return [];
        var found = new List<(CatalogMatch Match, int Specificity)>();
        foreach (var parsed in entries)
        {
            if (parsed.Train is { } train && version.IsInTrain(train))
                found.Add((Found(parsed, MatchRule.Train, parsed.Entry.Train, version), train.Parts.Count * 100));
            foreach (var pattern in parsed.Entry.Versions.Where(p => VersionGlob.IsMatch(p, version)))
                found.Add((Found(parsed, MatchRule.VersionPattern, pattern, version), ProductIds.Specificity(pattern)));
            if (InRange(parsed, version))
                found.Add((Found(parsed, MatchRule.VersionRange, $"{parsed.Entry.From}..{parsed.Entry.To}", version), 1));
        }
        if (found.Count == 0) return [];
        int best = found.Max(f => f.Specificity);
        return found.Where(f => f.Specificity == best).Select(f => f.Match).ToList();
    }

    /// <summary>The latest release of the train the entry names, parsed, where the catalog knows it.</summary>
    public OsVersion? LatestOf(SoftwareEntry entry) =>
        byFamily.TryGetValue(entry.Os, out var list) ? list.FirstOrDefault(p => ReferenceEquals(p.Entry, entry))?.Latest : null;

    private static bool InRange(Parsed parsed, OsVersion version) =>
        (parsed.From is not null || parsed.To is not null)
        && (parsed.From is null || version >= parsed.From) && (parsed.To is null || version <= parsed.To);

    private static CatalogMatch Found(Parsed parsed, MatchRule rule, string key, OsVersion version) =>
        new(parsed.Entry, rule, "OS version", version.Text, key);
}

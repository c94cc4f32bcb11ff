using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Matching;

/// <summary>
/// The hardware entries indexed for lookup: exact product IDs, sysObjectIDs and model names in dictionaries, product
/// patterns bucketed by their literal first characters so a lookup tries only the patterns that can match.
/// </summary>
internal sealed class HardwareIndex
{
    private const int BucketPrefix = 3;

    private readonly Dictionary<string, List<HardwareEntry>> products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HardwareEntry>> sysObjectIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HardwareEntry>> models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Pattern, HardwareEntry Entry)>> patterns = new(StringComparer.Ordinal);

    public HardwareIndex(IEnumerable<HardwareEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var product in entry.Products.Select(ProductIds.Normalise))
            {
                if (product.Contains('*', StringComparison.Ordinal)) AddTo(patterns, BucketOf(product), (product, entry));
                else AddTo(products, product, entry);
            }
            foreach (var oid in entry.SysObjectIds) AddTo(sysObjectIds, oid.TrimStart('.'), entry);
            foreach (var model in entry.Models) AddTo(models, ProductIds.Normalise(model), entry);
        }
    }

    /// <summary>Every entry that matches by the strongest rule that matches at all, for each candidate value.</summary>
    public IReadOnlyList<CatalogMatch> Match(IReadOnlyList<(string Field, string Value)> productIds, string sysObjectId)
    {
        var found = new List<CatalogMatch>();
        foreach (var (field, value) in productIds)
            Exact(products, field, value, MatchRule.ProductId, found);
        if (found.Count > 0) return found;
        if (sysObjectId.Length > 0) Exact(sysObjectIds, "sysObjectID", sysObjectId.TrimStart('.'), MatchRule.SysObjectId, found);
        if (found.Count > 0) return found;
        foreach (var (field, value) in productIds)
            Exact(models, field, value, MatchRule.Model, found);
        if (found.Count > 0) return found;
        foreach (var (field, value) in productIds) Patterns(field, value, found);
        return MostSpecific(found);
    }

    private static void Exact(Dictionary<string, List<HardwareEntry>> index, string field, string value, MatchRule rule,
        List<CatalogMatch> found)
    {
        string key = rule == MatchRule.SysObjectId ? value : ProductIds.Normalise(value);
        if (key.Length == 0 || !index.TryGetValue(key, out var entries)) return;
        found.AddRange(entries.Select(e => new CatalogMatch(e, rule, field, value, key)));
    }

    private void Patterns(string field, string value, List<CatalogMatch> found)
    {
        string text = ProductIds.Normalise(value);
        if (text.Length == 0) return;
        // A pattern's bucket is its literal prefix cut at the first '*' (up to BucketPrefix characters).
        for (int length = 0; length <= Math.Min(BucketPrefix, text.Length); length++)
        {
            if (!patterns.TryGetValue(text[..length], out var bucket)) continue;
            foreach (var (pattern, entry) in bucket)
                if (ProductIds.Matches(pattern, text)) found.Add(new CatalogMatch(entry, MatchRule.ProductPattern, field, value, pattern));
        }
    }

    private static List<CatalogMatch> MostSpecific(List<CatalogMatch> found)
    {
        if (found.Count < 2) return found;
        int best = found.Max(m => ProductIds.Specificity(m.Key));
        return found.Where(m => ProductIds.Specificity(m.Key) == best).ToList();
    }

    private static string BucketOf(string pattern)
    {
        int star = pattern.IndexOf('*', StringComparison.Ordinal);
        return pattern[..Math.Min(star, BucketPrefix)];
    }

    private static void AddTo<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }
}

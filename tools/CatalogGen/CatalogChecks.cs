namespace NetMapper.Tools.CatalogGen;

/// <summary>
/// The rules of the catalog README that a generator can break: unique ids, at least one product, no spaces in product
/// IDs, at least one milestone, none before the announcement. A broken rule stops the run before anything is written.
/// </summary>
internal static class CatalogChecks
{
    public static void Check(CatalogFile file)
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in file.Sections.SelectMany(s => s.Items))
        {
            if (!ids.Add(item.Id)) problems.Add($"{item.Id}: id used twice");
            if (item.Products.Count == 0) problems.Add($"{item.Id}: no products");
            if (item.Products.Any(p => p.Length == 0 || p.Any(char.IsWhiteSpace))) problems.Add($"{item.Id}: empty or spaced PID");
            if (item.Milestones.IsEmpty) problems.Add($"{item.Id}: no milestones");
            if (item.Milestones.Announced is { } announced && item.Milestones.Present().Any(m => m.Date < announced))
                problems.Add($"{item.Id}: a milestone before the announcement");
        }
        if (problems.Count > 0) throw new InvalidDataException(string.Join(Environment.NewLine, problems));
    }
}

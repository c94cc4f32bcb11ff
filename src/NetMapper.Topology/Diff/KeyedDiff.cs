namespace NetMapper.Topology.Diff;

/// <summary>
/// The one comparison every kind of item uses: items keyed by identity, each described by named fields; a key in one
/// scan only is added or removed, a key in both with different fields is changed. Sorted by key, so the same two scans
/// always give the same diff.
/// </summary>
internal static class KeyedDiff
{
    public static ChangeSet Compare<T>(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key, Func<T, string> label,
        Func<T, IEnumerable<(string Field, string Value)>> fields) => Compare(before, after, key, label, fields, fields);

    /// <summary>As above, where an item's fields are read from its own scan (a port's speed, a host's device).</summary>
    public static ChangeSet Compare<T>(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key, Func<T, string> label,
        Func<T, IEnumerable<(string Field, string Value)>> fieldsBefore, Func<T, IEnumerable<(string Field, string Value)>> fieldsAfter)
    {
        var old = before.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = after.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var added = now.Keys.Except(old.Keys).Order(StringComparer.Ordinal).Select(k => new DiffItem(k, label(now[k]))).ToList();
        var removed = old.Keys.Except(now.Keys).Order(StringComparer.Ordinal).Select(k => new DiffItem(k, label(old[k]))).ToList();
        var changed = old.Keys.Intersect(now.Keys).Order(StringComparer.Ordinal)
            .Select(k => new ItemChange(k, label(now[k]), Fields(fieldsBefore(old[k]), fieldsAfter(now[k]))))
            .Where(c => c.Fields.Count > 0).ToList();
        return new ChangeSet(added, removed, changed);
    }

    /// <summary>The fields whose values differ, in the order the describer names them.</summary>
    public static IReadOnlyList<FieldChange> Fields(IEnumerable<(string Field, string Value)> before,
        IEnumerable<(string Field, string Value)> after)
    {
        var old = before.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
        var changes = new List<FieldChange>();
        foreach (var (field, value) in after)
        {
            old.TryGetValue(field, out var was);
            if (!string.Equals(was ?? "", value, StringComparison.Ordinal)) changes.Add(new FieldChange(field, Null(was), Null(value)));
            old.Remove(field);
        }
        changes.AddRange(old.Where(f => f.Value.Length > 0).Select(f => new FieldChange(f.Key, f.Value, null)));
        return changes;
    }

    private static string? Null(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

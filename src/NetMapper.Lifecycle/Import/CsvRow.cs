using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Import;

/// <summary>The mapped values of one CSV row, by field, with the header each came from for messages.</summary>
internal sealed class CsvRow(string file, int line, IReadOnlyList<(string Header, string Field, string Value)> values)
{
    private static readonly char[] ListSeparators = [';', ',', '|', ' ', '\t'];
    private static readonly char[] NameSeparators = [';', '|'];

    public string File => file;
    public int Line => line;
    public bool IsEmpty => values.All(v => v.Value.Length == 0);

    /// <summary>The first non-empty value of the field, trimmed.</summary>
    public string Text(string field) => values.FirstOrDefault(v => v.Field == field && v.Value.Length > 0).Value ?? "";

    /// <summary>Every value of the fields, split where a cell holds several ("A;B", "A B").</summary>
    public IReadOnlyList<string> List(params string[] fields) => Values(fields, ListSeparators);

    /// <summary>Names that may hold spaces (model names): split at ';' and '|' only.</summary>
    public IReadOnlyList<string> Names(string field) => Values([field], NameSeparators);

    public MilestoneDate? Milestone(string field)
    {
        var (header, _, value) = values.FirstOrDefault(v => v.Field == field && v.Value.Length > 0);
        if (value is null) return null;
        if (value.Replace(" ", "", StringComparison.Ordinal).Equals("notAnnounced", StringComparison.OrdinalIgnoreCase))
            return MilestoneDate.NotYetAnnounced;
        return MilestoneDate.On(Date(header, field, value));
    }

    public DateOnly? Date(string field)
    {
        var (header, _, value) = values.FirstOrDefault(v => v.Field == field && v.Value.Length > 0);
        return value is null ? null : Date(header, field, value);
    }

    public LifecycleException Invalid(string field, string what) =>
        ImportSource.Invalid(file, $"{line}", Name(values.FirstOrDefault(v => v.Field == field).Header, field), what);

    private DateOnly Date(string header, string field, string value) =>
        ImportDates.TryParse(value, out var date) ? date
            : throw ImportSource.Invalid(file, $"{line}", Name(header, field), $"'{value}' is not a date ({ImportDates.Expected})");

    private List<string> Values(string[] fields, char[] separators) =>
        [.. values.Where(v => fields.Contains(v.Field))
            .SelectMany(v => v.Value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)];

    private static string Name(string? header, string field) =>
        header is null || header.Equals(field, StringComparison.OrdinalIgnoreCase) ? field : $"{header} ({field})";
}

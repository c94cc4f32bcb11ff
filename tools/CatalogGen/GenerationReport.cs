namespace NetMapper.Tools.CatalogGen;

/// <summary>What a run kept, dropped and noticed, for the person running the tool (written to stderr).</summary>
internal sealed class GenerationReport
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];
    private readonly List<string> _warnings = [];

    public void Count(string what, int by = 1) => _counts[what] = _counts.GetValueOrDefault(what) + by;

    public void Note(string note) => _notes.Add(note);

    /// <summary>Something a maintainer should look at (a series pattern that also matches another series' PID).</summary>
    public void Warn(string warning) => _warnings.Add(warning);

    public IReadOnlyList<string> Warnings => _warnings;

    public void WriteTo(TextWriter writer)
    {
        foreach (var (what, n) in _counts) writer.WriteLine($"{n,7}  {what}");
        foreach (var note in _notes) writer.WriteLine($"note: {note}");
        foreach (var warning in _warnings) writer.WriteLine($"warning: {warning}");
    }
}

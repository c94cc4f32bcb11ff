using NetMapper.Topology;
namespace NetMapper.Discovery.Tests.Coverage;

/// <summary>One fact of one recording: what LibreNMS found, what NetMapper found, and whether NetMapper is right.</summary>
public sealed record FactVerdict(CorpusRecording Recording, string Field, string LibreNms, string Ours, bool Right, string Why)
{
    public override string ToString() =>
        $"{Recording.Name} {Field}: NetMapper '{Ours}', LibreNMS '{LibreNms}'{(Why.Length > 0 ? $" ({Why})" : "")}";
}

/// <summary>
/// Compares a poll with LibreNMS. A fact is right when both say the same (ignoring case and runs of spaces; a model may be
/// the product ID, the marketing name, or both), or when
/// the recording itself says what NetMapper says and <see cref="CoverageDifferences"/> records why LibreNMS differs.
/// </summary>
public static class FactComparison
{
    public static IEnumerable<FactVerdict> Compare(CorpusRecording recording, ExpectedFacts expected, DeviceSnapshot polled)
    {
        var device = polled.Device;
        var facts = new (string Field, string? LibreNms, string Ours)[]
        {
            ("model", expected.Hardware, device.Model), ("version", expected.Version, device.OsVersion),
            ("serial", expected.Serial, device.Serial),
            ("neighbours", expected.Links.ToString(Inv), polled.Neighbors.Count.ToString(Inv)),
        };
        foreach (var (field, libreNms, ours) in facts.Where(f => f.LibreNms is not null))
        {
            var known = CoverageDifferences.For(recording.Name, field);
            bool right = known is null ? Same(libreNms!, ours) || field == "model" && SameModel(libreNms!, device)
                : Same(known.Ours, ours);
            yield return new FactVerdict(recording, field, libreNms!, ours, right, known?.Why ?? "");
        }
    }

    /// <summary>LibreNMS shows a product ID, a marketing name, or both ("J9625A 2620-24-PoEP").</summary>
    private static bool SameModel(string libreNms, Device device) =>
        device.ModelName.Length > 0 && (Same(libreNms, device.ModelName) || Same(libreNms, $"{device.Model} {device.ModelName}"));

    private static bool Same(string a, string b) => string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}

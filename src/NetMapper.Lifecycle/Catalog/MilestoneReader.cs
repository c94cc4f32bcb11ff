using NetMapper.YamlFiles;
namespace NetMapper.Lifecycle.Catalog;

/// <summary>Reads an entry's <c>milestones:</c> mapping: each a date (YYYY-MM-DD) or <c>notAnnounced</c>.</summary>
internal static class MilestoneReader
{
    public const string NotAnnounced = "notAnnounced";

    public static string KeyOf(Milestone milestone) => milestone switch
    {
        Milestone.Announced => "announced",
        Milestone.EndOfSale => "endOfSale",
        Milestone.EndOfSoftwareMaintenance => "endOfSoftwareMaintenance",
        Milestone.EndOfVulnerabilitySupport => "endOfVulnerabilitySupport",
        _ => "lastDateOfSupport",
    };

    public static readonly IReadOnlyList<Milestone> All = Enum.GetValues<Milestone>();
    private static readonly string[] Keys = All.Select(KeyOf).ToArray();

    public static Milestones Read(NodeFields entry, ProblemList problems)
    {
        if (entry.Mapping("milestones", Keys) is not { } fields) return Milestones.None;
        var milestones = Milestones.None;
        foreach (var milestone in All)
        {
            string key = KeyOf(milestone), text = fields.Text(key);
            if (text.Length == 0) continue;
            if (text == NotAnnounced) milestones = milestones.With(milestone, MilestoneDate.NotYetAnnounced);
            else if (CatalogReader.TryDate(text, out var date)) milestones = milestones.With(milestone, MilestoneDate.On(date));
            else problems.Add(fields.Line, fields.Field(key), $"'{text}' is neither YYYY-MM-DD nor {NotAnnounced}");
        }
        CheckOrder(milestones, fields, problems);
        return milestones;
    }

    /// <summary>A milestone before the end-of-life announcement is a transcription mistake (columns swapped).</summary>
    private static void CheckOrder(Milestones milestones, NodeFields fields, ProblemList problems)
    {
        if (milestones.Announced?.Date is not { } announced) return;
        foreach (var milestone in All.Skip(1))
            if (milestones[milestone]?.Date is { } date && date < announced)
                problems.Add(fields.Line, fields.Field(KeyOf(milestone)),
                    $"{IsoDate.Format(date)} is before the announcement {IsoDate.Format(announced)}");
    }
}

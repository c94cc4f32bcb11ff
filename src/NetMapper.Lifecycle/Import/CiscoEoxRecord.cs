using System.Text.Json;
using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Import;

/// <summary>One EOXRecord of a Cisco EoX API v5 response: a hardware entry, or a warning for a record that has none.</summary>
internal static class CiscoEoxRecord
{
    /// <summary>The five bulletin columns, as the API names them, and the milestones of the same meaning.</summary>
    private static readonly (string Field, Milestone Milestone)[] Dates =
    [
        ("EOXExternalAnnouncementDate", Milestone.Announced),
        ("EndOfSaleDate", Milestone.EndOfSale),
        ("EndOfSWMaintenanceReleases", Milestone.EndOfSoftwareMaintenance),
        ("EndOfSecurityVulSupportDate", Milestone.EndOfVulnerabilitySupport),
        ("LastDateOfSupport", Milestone.LastDateOfSupport),
    ];

    /// <summary>Cisco's error for a query that matched nothing.</summary>
    private const string NoResultError = "SSA_ERR_026";

    public static HardwareEntry? Read(
        JsonElement record, string file, int index, CiscoEoxImportOptions options, ICollection<ImportWarning> warnings)
    {
        var where = $"EOXRecord[{index}]";
        var input = record.Text("EOXInputValue");
        if (record.Member("EOXError") is { } error)
        {
            warnings.Add(new(file, where, ErrorMessage(error, input)));
            return null;
        }
        var pid = record.Text("EOLProductID");
        if (pid.Length == 0)
        {
            warnings.Add(new(file, where, $"skipped: no EOLProductID (query '{input}')"));
            return null;
        }
        return new HardwareEntry(options.IdPrefix + pid.ToLowerInvariant(), options.Vendor)
        {
            Products = [pid],
            Milestones = ReadDates(record, file, where),
            Replacement = Replacement(record.Member("EOXMigrationDetails")),
            Source = new CatalogSource(record.Text("ProductBulletinNumber"), record.Text("LinkToProductBulletinURL"), options.Checked),
            Origin = new CatalogOrigin(file, 0),
        };
    }

    private static string ErrorMessage(JsonElement error, string input)
    {
        var id = error.Text("ErrorID");
        var description = error.Text("ErrorDescription");
        return id == NoResultError
            ? $"no result for '{input}': {description}"
            : $"record skipped: Cisco reports error {id} for '{input}': {description}";
    }

    private static Milestones ReadDates(JsonElement record, string file, string where)
    {
        var milestones = Milestones.None;
        foreach (var (field, milestone) in Dates)
        {
            // A date is {"value": "2010-12-31", "dateFormat": "YYYY-MM-DD"}; an unknown one has the value " ".
            var text = record.Member(field)?.Text("value") ?? "";
            if (text.Length == 0) continue;
            if (!ImportDates.TryParse(text, out var date))
                throw ImportSource.Invalid(file, "", $"{where}.{field}", $"'{text}' is not a date ({ImportDates.Expected})");
            milestones = milestones.With(milestone, MilestoneDate.On(date));
        }
        return milestones;
    }

    /// <summary>
    /// The migration product as the option names it: a product ID, a product name, or none. Cisco fills the other
    /// fields with leftovers ("No Replacement Product", a product ID beside "No Replacement Available"), so the option
    /// decides, and without a known option the product ID comes first.
    /// </summary>
    private static string Replacement(JsonElement? details)
    {
        if (details is not { } migration) return "";
        var id = migration.Text("MigrationProductId");
        var name = migration.Text("MigrationProductName");
        return migration.Text("MigrationOption") switch
        {
            "No Replacement Available" => "",
            "Enter PID(s)" => id,
            "Enter Product Name(s)" => name,
            _ => id.Length > 0 ? id : name,
        };
    }
}

using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Storage;

namespace NetMapper.Cli.Prune;

/// <summary>
/// <c>netmapper prune --keep 6m</c>: deletes scans older than the retention period. Art. 11 wants logs kept at least six
/// months, so a shorter period is refused without --force. The deletion is recorded in the audit log, and each pruned
/// scan keeps its number and seal, so <c>netmapper verify</c> still passes.
/// </summary>
internal static class PruneCommand
{
    private const int MinimumMonths = 6;

    public static Command Build()
    {
        var command = new Command("prune", "Delete scans older than the retention period (at least 6 months unless --force)");
        var db = StoredScan.DbOption();
        var keep = new Option<string>("--keep") { Description = "how long scans are kept: 6m, 12m, 2y", Required = true };
        var force = new Option<bool>("--force") { Description = "allow a period under six months (against Art. 11)" };
        foreach (Option option in new Option[] { db, keep, force }) command.Options.Add(option);
        command.SetGuardedAction(async (result, output, _) =>
        {
            string text = result.GetValue(keep)!;
            if (!MonthsInput.TryParse(text, out int months))
                throw new UsageException($"--keep '{text}' must be months or years (6m, 12m, 2y)");
            if (months < MinimumMonths && !result.GetValue(force))
                throw new UsageException(
                    $"--keep {text} is under the {MinimumMonths} months Art. 11 asks logs to be kept; add --force to prune anyway");
            string path = result.GetValue(db)!;
            if (!File.Exists(path)) throw new UsageException($"scan database '{path}' does not exist");
            var before = DateTimeOffset.UtcNow.AddMonths(-months);
            string day = before.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            IReadOnlyList<int> pruned;
            using (var store = ScanStore.Open(path, readOnly: false))
            {
                // A stage line for the log: a prune stopped after it was either done whole or not at all (one transaction).
                if (store.Prunable(before) is { Count: > 0 } old)
                    await output.WriteLineAsync($"pruning scan {string.Join(", ", old)} (started before {day}) in one transaction");
                pruned = store.Prune(before);
            }
            AuditTrail.Record(path, result, ExitCodes.Ok, null);
            await output.WriteLineAsync(pruned.Count == 0 ? $"no scan started before {day}"
                : $"pruned scan {string.Join(", ", pruned)} (started before {day}); their seals are kept for verify");
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NetMapper.Cli.Common;
using NetMapper.Storage;

namespace NetMapper.Cli.Audit;

/// <summary><c>netmapper audit [--since DATE]</c>: who did what to the scan database, when, from where, and how it ended.</summary>
internal static class AuditCommand
{
    public static Command Build()
    {
        var command = new Command("audit", "List the audit log of a scan database: every scan and refresh, who ran it and how it ended");
        var db = StoredScan.DbOption();
        var since = new Option<string?>("--since") { Description = "only entries from this date on (YYYY-MM-DD)" };
        var json = new Option<bool>("--json") { Description = "print JSON" };
        foreach (Option option in new Option[] { db, since, json }) command.Options.Add(option);
        command.SetGuardedAction(async (result, output, _) =>
        {
            DateTimeOffset from = DateTimeOffset.MinValue;
            if (result.GetValue(since) is { } text)
                from = NetMapper.Lifecycle.IsoDate.TryParse(text, out var date)
                    ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                    : throw new UsageException($"--since '{text}' is not a date (YYYY-MM-DD)");
            IReadOnlyList<AuditEntry> entries;
            using (var store = StoredScan.Open(result.GetValue(db)!)) entries = store.AuditLog().Where(e => e.Time >= from).ToList();
            if (result.GetValue(json))
            {
                await output.WriteLineAsync(CliJson.Indent(entries));
                return ExitCodes.Ok;
            }
            var table = Tables.Create("#", "time (UTC)", "user", "host", "scan", "outcome", "command");
            foreach (var e in entries)
            {
                string time = e.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                string scan = e.Scan?.ToString(CultureInfo.InvariantCulture) ?? "";
                table.AddCells(e.Sequence.ToString(CultureInfo.InvariantCulture), time, e.User, e.Host, scan, e.Outcome, e.Command);
            }
            table.Write(Terminal.For(output));
            return ExitCodes.Ok;
        });
        return command;
    }
}

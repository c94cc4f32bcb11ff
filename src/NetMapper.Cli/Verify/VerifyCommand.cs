using NetMapper.Topology;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NetMapper.Cli.Common;
using NetMapper.Storage;
using Spectre.Console;

namespace NetMapper.Cli.Verify;

/// <summary>
/// <c>netmapper verify</c>: checks every stored scan against the chain of seals (Art. 11, protected logs): names any scan
/// altered or deleted after it was stored. Exit 1 when something is wrong. Reads a private copy: it changes nothing.
/// </summary>
internal static class VerifyCommand
{
    public static Command Build()
    {
        var command = new Command("verify", "Check that no stored scan was altered or removed since it was stored");
        var db = StoredScan.DbOption();
        var json = new Option<bool>("--json") { Description = "print JSON" };
        command.Options.Add(db);
        command.Options.Add(json);
        command.SetGuardedAction(async (result, output, _) =>
        {
            IReadOnlyList<ScanCheck> checks;
            IReadOnlyList<string> auditProblems;
            using (var store = StoredScan.Open(result.GetValue(db)!)) (checks, auditProblems) = (store.Verify(), store.VerifyAuditLog());
            bool wrong = checks.Any(c => c.State is SealState.Altered or SealState.Removed) || auditProblems.Count > 0;
            foreach (var problem in auditProblems) await result.InvocationConfiguration.Error.WriteLineAsync($"netmapper: {problem}");
            if (result.GetValue(json)) await output.WriteLineAsync(CliJson.Indent(checks));
            else Write(Terminal.For(output), checks, wrong);
            return wrong ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, IReadOnlyList<ScanCheck> checks, bool wrong)
    {
        var table = Tables.Create("scan", "state", "detail");
        foreach (var check in checks)
            table.AddCells(check.Scan.ToString(CultureInfo.InvariantCulture), Spelling.Of(check.State), check.Detail);
        table.Write(console);
        int intact = checks.Count(c => c.State == SealState.Intact);
        console.WriteLine(wrong ? "the scan history was changed: see the scans above"
            : $"{intact} sealed scans intact; the chain is unbroken");
    }
}

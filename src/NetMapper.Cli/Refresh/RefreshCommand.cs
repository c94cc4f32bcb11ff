using System.CommandLine;
using NetMapper.Application.Refreshing;
using NetMapper.Cli.Common;
using NetMapper.Cli.Lifecycle;
using NetMapper.Cli.Scan;
using NetMapper.Topology;
using Spectre.Console;

namespace NetMapper.Cli.Refresh;

/// <summary>
/// <c>netmapper refresh --config scan.yaml</c>: the quarterly refresh, unattended. Scans, then writes the diagrams, the
/// records, the lifecycle plan and the changes since the previous complete scan into one dated evidence folder with a
/// manifest of SHA-256 hashes and a short summary. One refresh per database at a time.
/// </summary>
internal static class RefreshCommand
{
    public static Command Build()
    {
        var command = new Command("refresh",
            "Scan, then write diagrams, records, lifecycle plan and changes into one dated evidence folder");
        var config = new Option<string>("--config") { Description = "scan settings in YAML (as for netmapper scan)", Required = true };
        var evidence = new Option<string>("--evidence")
        {
            Description = "folder for the dated packs", DefaultValueFactory = _ => "evidence",
        };
        var (zones, lang) = (StoredScan.ZonesOption(), StoredScan.LangOption());
        var org = new Option<string>("--org") { Description = "organisation named in the title blocks", DefaultValueFactory = _ => "" };
        var wait = new Option<double>("--wait")
        {
            Description = "seconds to wait for another refresh of the same database", DefaultValueFactory = _ => 0,
        };
        var credentialStore = Credentials.StoreAccess.StoreOption("--credential-store");
        foreach (Option option in new Option[] { config, evidence, zones, lang, org, wait, credentialStore }) command.Options.Add(option);
        var lifecycle = new LifecycleOptions();
        lifecycle.AddTo(command);
        command.SetGuardedAction(async (result, output, ct) =>
        {
            var settings = ScanSettings.From(new ScanSettings.Flags(result.GetValue(config), [], [], [], null, [], [], null, null, null,
                null, null, null, false, CredentialStore: result.GetValue(credentialStore)));
            var language = Choices.Language(result.GetValue(lang)!);
            var policy = StoredScan.Policy(result.GetValue(zones));
            var (judgement, catalog) = (lifecycle.Policy(result), lifecycle.LoadCatalog(result));
            string root = OutputFolder.Prepare(result.GetValue(evidence)!, "--evidence");
            var request = new RefreshRequest(settings.Job, root, policy, catalog, judgement, language, result.GetValue(org)!)
            {
                LockWait = TimeSpan.FromSeconds(result.GetValue(wait)),
            };
            var refresh = await RefreshJob.RunAsync(request, new RefreshProgress(output), ct);
            var (scan, terminal) = (refresh.Scan.Info, Terminal.For(output));
            if (refresh.Pack is not { } pack)
            {
                terminal.WriteLine($"scan {scan.Id} is {Spelling.Of(scan.Status)}: no evidence pack written");
                int exit = ct.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Failed;
                AuditTrail.Record(settings.DbPath, result, exit, scan.Id);
                return exit;
            }
            terminal.WriteLine($"scan {scan.Id} complete; evidence pack written to {pack}");
            AuditTrail.Record(settings.DbPath, result, ExitCodes.Ok, scan.Id);
            return ExitCodes.Ok;
        });
        return command;
    }
}

using NetMapper.Topology;
using System.CommandLine;
using System.Text.Json;
using NetMapper.Cli.Common;
using NetMapper.Cli.Diff;
using NetMapper.Cli.Lifecycle;
using NetMapper.Cli.Reports;
using NetMapper.Cli.Scan;
using NetMapper.Diagrams;
using NetMapper.Records;
using NetMapper.Storage;
using NetMapper.Zones;
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
            using var held = await RefreshLock.AcquireAsync(settings.DbPath, TimeSpan.FromSeconds(result.GetValue(wait)), ct);

            await output.WriteLineAsync($"refresh: scanning into {settings.DbPath}");
            var scan = await ScanRunner.RunAsync(settings, new RefreshProgress(output), ct);
            var terminal = Terminal.For(output);
            if (scan.Info.Status != ScanStatus.Complete)
            {
                terminal.WriteLine($"scan {scan.Info.Id} is {Spelling.Of(scan.Info.Status)}: no evidence pack written");
                int exit = ct.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Failed;
                AuditTrail.Record(settings.DbPath, result, exit, scan.Info.Id);
                return exit;
            }
            // Two refreshes in one minute get two packs: the second folder also names its scan.
            string pack = Path.Combine(root, EvidencePack.FolderName(scan.Info.StartedAt));
            if (Directory.Exists(pack)) pack += $"-scan{scan.Info.Id}";
            Directory.CreateDirectory(pack);
            await output.WriteLineAsync($"refresh: scan {scan.Info.Id} complete; writing the evidence pack");
            var assessed = LifecycleOptions.Assess(catalog, judgement, scan.Graph);
            var inputs = new EvidenceRequest(scan.Info, scan.Graph, policy, assessed, language, result.GetValue(org)!, settings.DbPath);
            EvidenceWriter.Write(inputs, pack, ["svg", "pdf", "drawio"]);
            var diff = WriteChanges(settings.DbPath, (scan.Info, scan.Graph), policy, language, Path.Combine(pack, "changes"));
            var findings = scan.Graph.Findings.Concat(SegmentationRules.Evaluate(scan.Graph, new ZoneMap(scan.Graph, policy))).ToList();
            await File.WriteAllTextAsync(Path.Combine(pack, "summary.md"),
                RefreshSummary.Write(scan.Info, scan.Graph, diff, assessed.Rows, findings), ct);
            EvidencePack.WriteManifest(pack, scan.Info.Id, diff?.From, DiagramCommand.ContentHash(scan.Graph));
            terminal.WriteLine($"scan {scan.Info.Id} complete; evidence pack written to {pack}");
            AuditTrail.Record(settings.DbPath, result, ExitCodes.Ok, scan.Info.Id);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The changes since the latest earlier complete scan, as JSON and the change report; null for the first.</summary>
    private static Topology.Diff.GraphDiff? WriteChanges(string db, (ScanInfo Info, Topology.TopologyGraph Graph) scan,
        ZonePolicy policy, string language, string folder)
    {
        var previous = StoredScan.PreviousComplete(db, scan.Info.Id);
        if (previous is null) return null;
        var before = StoredScan.Load(db, previous.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var diff = DiffCommand.Compare(before, scan, policy, DateOnly.FromDateTime(DateTime.Today));
        Directory.CreateDirectory(folder);
        string name = $"netmapper-changes-scan{diff.From}-scan{diff.To}";
        File.WriteAllText(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(diff, GraphJson.Indented));
        RecordWriter.Write(ChangeReport.Build(diff, language), folder, name, ["xlsx", "csv"]);
        return diff;
    }
}

using System.CommandLine;
using NetMapper.Application.Scanning;
using NetMapper.Cli.Common;
using NetMapper.Cli.Lifecycle;
using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Plan;
using NetMapper.Discovery.Crawling;
using NetMapper.Storage;
using NetMapper.Topology;
using Spectre.Console;

namespace NetMapper.Cli.Scan;

/// <summary><c>netmapper scan</c>: crawl from seeds, or from the hosts a sweep finds, inside a scope and store the scan.</summary>
internal static class ScanCommand
{
    public static Command Build()
    {
        var command = new Command("scan", "Discover the network from seed addresses, or the hosts a sweep finds, and store the scan");
        var config = new Option<string?>("--config") { Description = "scan settings in YAML (flags add to them)" };
        var seeds = new Option<string[]>("--seed")
        {
            Description = "address to start from (repeatable; none: start at the hosts --sweep finds)",
        };
        var scope = new Option<string[]>("--scope") { Description = "CIDR the scan may contact (repeatable; default: the seeds only)" };
        var exclude = new Option<string[]>("--exclude") { Description = "CIDR never contacted (repeatable)" };
        var port = new Option<int?>("--port") { Description = "SNMP UDP port (default 161)" };
        var communities = new Option<string[]>("--community")
        {
            Description = "v2c community, or store:NAME / env:VAR / prompt (repeatable)",
        };
        var users = new Option<string[]>("--v3-user")
        {
            Description = $"SNMPv3 user {V3UserSpec.Syntax} or store:NAME; secrets may be env:VAR or prompt (repeatable)",
        };
        var credentialStore = Credentials.StoreAccess.StoreOption("--credential-store");
        var db = new Option<string?>("--db") { Description = "scan database (default netmapper.db)" };
        var depth = new Option<int?>("--max-depth") { Description = "hops from the seeds (default 16)" };
        var concurrency = new Option<int?>("--concurrency") { Description = "devices polled at once (default 16)" };
        var timeout = new Option<double?>("--timeout")
        {
            Description = "seconds each try waits until a device first answers; then its measured round-trip time rules (default 2)",
        };
        var retries = new Option<int?>("--retries")
        {
            Description = "retransmissions before a device that has not answered yet counts as unreachable (default 1)",
        };
        var budget = new Option<double?>("--device-budget")
        {
            Description = "seconds a device that has answered may stay silent before its poll ends as timed out (default 180)",
        };
        var followArp = new Option<bool>("--follow-arp") { Description = "also poll addresses in routers' ARP tables (inside the scope)" };
        var sweeps = new Option<string[]>("--sweep")
        {
            Description = "sweep the scope for live hosts first: arp:INTERFACE or icmp (repeatable); without --seed, each live host "
                + "is tried with the credentials and those that answer SNMP are crawled from",
        };
        var defaultSweepLimit = NetMapper.Capture.Sweeps.SweepTargets.DefaultLimit;
        var sweepLimit = new Option<int?>("--sweep-limit")
        {
            Description = $"largest number of addresses a sweep may probe (default {defaultSweepLimit})",
        };
        var definitions = new Option<string[]>("--definitions")
        {
            Description = "device definitions in YAML over the built-in ones (repeatable; see definitions/README.md)",
        };
        var rate = new Option<int?>("--rate")
        {
            Description = "SNMP requests per second over the whole scan (default: no limit beyond --concurrency)",
        };
        var options = new Option[]
        {
            config, seeds, scope, exclude, port, communities, users, credentialStore, db,
            depth, concurrency, timeout, retries, budget, followArp, sweeps, sweepLimit, rate, definitions,
        };
        foreach (Option option in options)
            command.Options.Add(option);

        command.SetGuardedAction(async (result, output, ct) =>
        {
            var flags = new ScanSettings.Flags(
                result.GetValue(config), result.GetValue(seeds) ?? [], result.GetValue(scope) ?? [], result.GetValue(exclude) ?? [],
                result.GetValue(port), result.GetValue(communities) ?? [], result.GetValue(users) ?? [], result.GetValue(db),
                result.GetValue(depth), result.GetValue(concurrency), result.GetValue(timeout), result.GetValue(retries),
                result.GetValue(budget), result.GetValue(followArp),
                result.GetValue(sweeps), result.GetValue(sweepLimit), result.GetValue(rate), result.GetValue(definitions),
                result.GetValue(credentialStore));
            var settings = ScanSettings.From(flags);
            var terminal = Terminal.For(output);
            foreach (var warning in settings.Warnings)
                await result.InvocationConfiguration.Error.WriteLineAsync($"netmapper: warning: {warning}");
            if (settings.ScopeWasImplied)
                terminal.MarkupLine("[yellow]No --scope given: only the seeds are polled; neighbours are recorded but not contacted.[/]");
            var from = settings.Request.Seeds.Count > 0 ? string.Join(", ", settings.Request.Seeds)
                : $"the live hosts the sweep ({string.Join(", ", settings.Sweeps)}) finds";
            var scopeText = Markup.Escape(settings.Request.Scope.ToString());
            terminal.MarkupLine($"Scanning from {Markup.Escape(from)} within {scopeText} into {Markup.Escape(settings.DbPath)}");

            var scan = await terminal.Status().StartAsync("Polling", async context =>
            {
                var progress = new Progress<CrawlProgress>(p => context.Status(Markup.Escape(
                    $"polled {p.Polled} (failed {p.Failed}{NoSnmp(p)}), in flight {p.InFlight}, queued {p.Queued}: {p.LastEvent}")));
                return await ScanJob.RunAsync(settings.Job, progress, ct);
            });

            var policy = new LifecyclePolicy(DateOnly.FromDateTime(DateTime.Today));
            var lifecycle = LifecycleOptions.Assess(LifecycleCatalog.BuiltIn(), policy, scan.Graph);
            ScanSummary.Write(terminal, scan.Info, scan.Graph, lifecycle.Rows, scan.Seedless);
            int exit = ct.IsCancellationRequested ? ExitCodes.Interrupted
                : scan.Info.Status == ScanStatus.Failed ? ExitCodes.Failed : ExitCodes.Ok;
            AuditTrail.Record(settings.DbPath, result, exit, scan.Info.Id);
            return exit;
        });
        return command;
    }

    /// <summary>", 3 swept hosts without SNMP" while a scan without seeds tries its sweep's hosts.</summary>
    private static string NoSnmp(CrawlProgress progress) => progress.Silent > 0 ? $", {progress.Silent} swept hosts without SNMP" : "";
}

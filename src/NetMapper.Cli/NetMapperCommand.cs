using System.CommandLine;
using NetMapper.Cli.Credentials;
using NetMapper.Cli.Demo;
using NetMapper.Cli.Diff;
using NetMapper.Cli.Refresh;
using NetMapper.Cli.Verify;
using NetMapper.Cli.Audit;
using NetMapper.Cli.Prune;
using NetMapper.Cli.Lab;
using NetMapper.Cli.Lifecycle;
using NetMapper.Cli.Reports;
using NetMapper.Cli.Scan;
using NetMapper.Cli.Show;
using NetMapper.Cli.Sweep;
using NetMapper.Cli.Snmp;

namespace NetMapper.Cli;

/// <summary>The command tree: the composition root that knows every part of NetMapper.</summary>
internal static class NetMapperCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("NetMapper: discovers a network and draws its architecture diagram");
        root.Subcommands.Add(SnmpCommands.Build());
        root.Subcommands.Add(LabServeCommand.Build());
        root.Subcommands.Add(DemoCommand.Build());
        root.Subcommands.Add(ScanCommand.Build());
        root.Subcommands.Add(ShowCommand.BuildScans());
        root.Subcommands.Add(ShowCommand.BuildShow());
        root.Subcommands.Add(SweepCommand.Build());
        root.Subcommands.Add(CaptureCommand.Build());
        root.Subcommands.Add(RecordsCommand.Build());
        root.Subcommands.Add(DiagramCommand.Build());
        root.Subcommands.Add(ReportCommand.Build());
        root.Subcommands.Add(LifecycleCommand.Build());
        root.Subcommands.Add(DiffCommand.Build());
        root.Subcommands.Add(RefreshCommand.Build());
        root.Subcommands.Add(VerifyCommand.Build());
        root.Subcommands.Add(AuditCommand.Build());
        root.Subcommands.Add(PruneCommand.Build());
        root.Subcommands.Add(CredentialsCommand.Build());
        return root;
    }
}

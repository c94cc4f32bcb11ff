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
    /// <summary>Every top-level command by its name, in the order help lists them.</summary>
    internal static readonly IReadOnlyList<(string Name, Func<Command> Build)> TopLevel =
    [
        ("snmp", SnmpCommands.Build),
        ("lab", LabServeCommand.Build),
        ("demo", DemoCommand.Build),
        ("scan", ScanCommand.Build),
        ("scans", ShowCommand.BuildScans),
        ("show", ShowCommand.BuildShow),
        ("sweep", SweepCommand.Build),
        ("capture", CaptureCommand.Build),
        ("records", RecordsCommand.Build),
        ("diagram", DiagramCommand.Build),
        ("report", ReportCommand.Build),
        ("lifecycle", LifecycleCommand.Build),
        ("diff", DiffCommand.Build),
        ("refresh", RefreshCommand.Build),
        ("verify", VerifyCommand.Build),
        ("audit", AuditCommand.Build),
        ("prune", PruneCommand.Build),
        ("credentials", CredentialsCommand.Build),
    ];

    /// <summary>The whole tree: root help, suggestions for a mistyped command, tests.</summary>
    public static RootCommand Build() => Build(firstArgument: null);

    /// <summary>
    /// Only the command the command line names, when its first word is one: building all of them loads the types of
    /// every part of NetMapper, which costs a short <c>snmp get</c> or <c>snmp walk</c> more time than its network work.
    /// </summary>
    public static RootCommand Build(string? firstArgument)
    {
        var root = new RootCommand("NetMapper: discovers a network and draws its architecture diagram");
        var named = TopLevel.Where(command => command.Name == firstArgument).ToList();
        foreach (var (_, build) in named.Count > 0 ? named : TopLevel) root.Subcommands.Add(build());
        return root;
    }
}

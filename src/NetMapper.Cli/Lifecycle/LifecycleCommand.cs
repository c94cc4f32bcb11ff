using System.CommandLine;

namespace NetMapper.Cli.Lifecycle;

/// <summary><c>netmapper lifecycle plan|import|catalog</c>: the EOS/EOL catalog and the replacement plan (Art. 6).</summary>
internal static class LifecycleCommand
{
    public static Command Build()
    {
        var lifecycle = new Command("lifecycle", "EOS/EOL: the replacement plan of a scan, the lifecycle catalog, importing vendor data");
        lifecycle.Subcommands.Add(LifecyclePlanCommand.BuildPlan());
        lifecycle.Subcommands.Add(LifecycleImportCommand.Build());
        lifecycle.Subcommands.Add(LifecycleCatalogCommand.Build());
        return lifecycle;
    }
}

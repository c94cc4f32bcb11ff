using NetMapper.Benchmarks;
using NetMapper.Testing;

// Performance targets (issues 2, 3, 5, 9, 14): rerun with `build.ps1 bench [part]`.
// Everything talks to agents on 127.0.0.0/8 that this program starts itself.
Console.WriteLine("NetMapper benchmarks (median of several runs; ratios are NetMapper / reference, lower is better unless noted)");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine();

var only = args.Length > 0 ? args[0] : "all";
if (only is "all" or "diagram") await DiagramBenchmark.RunAsync();
if (only == "diagram") return 0;
if (only is "all" or "lifecycle") LifecycleBenchmark.Run();
if (only == "lifecycle") return 0;
if (only is "all" or "report")
{
    int reportExit = await ReportBenchmark.RunAsync();
    if (only == "report") return reportExit;
}

foreach (var tool in new[] { "snmpbulkwalk", "snmpd", "snmpsimd" })
{
    if (Requires.FindOnPath(tool) is not null) continue;
    Console.Error.WriteLine($"bench: '{tool}' is not installed (apt-get install snmp snmpd snmpsim)");
    return 2;
}
if (!Directory.Exists(RepoPaths.CorpusSnmprec))
{
    Console.Error.WriteLine($"bench: the shared corpus is not at {RepoPaths.CorpusSnmprec}");
    return 2;
}

if (only is "all" or "walk") await WalkBenchmark.RunAsync();
if (only is "all" or "concurrency") await ConcurrencyBenchmark.RunAsync();
if (only is "all" or "agent") await AgentThroughputBenchmark.RunAsync();
if (only is "all" or "crawl") await CrawlBenchmark.RunAsync();
if (only is "all" or "crawl") await CorpusCrawlBenchmark.RunAsync();
if (only is "all" or "sweep") await SweepBenchmark.RunAsync();
return 0;

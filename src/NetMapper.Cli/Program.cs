using System.CommandLine;
using NetMapper.Cli.Common;

// Ctrl-C cancels the command's token; a scan then stores what it found, which may take longer than the default grace.
return await CommandLineRun.RunAsync(args, new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(60) });

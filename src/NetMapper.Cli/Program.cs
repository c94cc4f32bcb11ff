using System.CommandLine;
using NetMapper.Cli;

// Ctrl-C cancels the command's token; a scan then stores what it found, which may take longer than the default grace.
return await NetMapperCommand.Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(60) });

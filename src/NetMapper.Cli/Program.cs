using NetMapper.Cli;

return await NetMapperCommand.Build().Parse(args).InvokeAsync();

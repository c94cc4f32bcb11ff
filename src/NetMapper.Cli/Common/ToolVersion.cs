namespace NetMapper.Cli.Common;

/// <summary>This netmapper's version, as each scan records which version wrote it.</summary>
internal static class ToolVersion
{
    public static string Current => typeof(ToolVersion).Assembly.GetName().Version?.ToString() ?? "";
}

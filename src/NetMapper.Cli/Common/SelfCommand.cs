namespace NetMapper.Cli.Common;

/// <summary>
/// How the user can run netmapper again, for the commands NetMapper suggests: "netmapper" where that name is on the
/// PATH (an installed tool), else the path of this executable, else "dotnet PATH/netmapper.dll" (dotnet run, a build).
/// </summary>
internal static class SelfCommand
{
    public static string Name { get; } = Find();

    private static string Find()
    {
        if (OnPath()) return "netmapper";
        string process = Environment.ProcessPath ?? "";
        if (Path.GetFileNameWithoutExtension(process).Equals("netmapper", StringComparison.OrdinalIgnoreCase)) return Quote(process);
        return "dotnet " + Quote(Path.Combine(AppContext.BaseDirectory, "netmapper.dll"));
    }

    private static bool OnPath()
    {
        string[] names = OperatingSystem.IsWindows() ? ["netmapper.exe", "netmapper.cmd"] : ["netmapper"];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Any(folder => names.Any(name => File.Exists(Path.Combine(folder, name))));
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}

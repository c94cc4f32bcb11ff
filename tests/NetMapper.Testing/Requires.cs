using Xunit;

namespace NetMapper.Testing;

/// <summary>
/// Tests that need something outside the project (root, a Debian tool, the shared corpus) skip with the
/// reason when it is missing, and fail instead when NETMAPPER_REQUIRE_LAB=1, so CI cannot pass by skipping.
/// </summary>
public static class Requires
{
    public static bool LabRequired => Environment.GetEnvironmentVariable("NETMAPPER_REQUIRE_LAB") == "1";

    public static void That(bool available, string reason)
    {
        if (available) return;
        if (LabRequired) Assert.Fail($"{reason} (NETMAPPER_REQUIRE_LAB=1 forbids skipping)");
        Assert.Skip(reason);
    }

    public static void Tool(string command) =>
        That(FindOnPath(command) is not null, $"'{command}' is not installed (Debian: see .ci/run)");

    public static void Corpus() =>
        That(Directory.Exists(RepoPaths.CorpusSnmprec), $"the shared corpus is not at {RepoPaths.CorpusSnmprec}");

    public static void Root()
    {
        bool isRoot = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";
        That(isRoot, "needs root (network namespaces, raw sockets)");
    }

    public static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);
}

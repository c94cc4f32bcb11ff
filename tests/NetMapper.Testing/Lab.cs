using Xunit;

namespace NetMapper.Testing;

/// <summary>
/// Tests that need something outside the project (root, a Debian tool, the shared corpus) skip with the
/// reason when it is missing, and fail instead when NETMAPPER_REQUIRE_LAB=1, so CI cannot pass by skipping.
/// </summary>
public static class Lab
{
    public static bool Required => Environment.GetEnvironmentVariable("NETMAPPER_REQUIRE_LAB") == "1";

    public static void Require(bool available, string reason)
    {
        if (available) return;
        if (Required) Assert.Fail($"{reason} (NETMAPPER_REQUIRE_LAB=1 forbids skipping)");
        Assert.Skip(reason);
    }

    public static void RequireTool(string command) =>
        Require(FindOnPath(command) is not null, $"'{command}' is not installed (Debian: see .ci/run)");

    public static void RequireCorpus() =>
        Require(Directory.Exists(RepoPaths.CorpusSnmprec), $"the shared corpus is not at {RepoPaths.CorpusSnmprec}");

    public static void RequireRoot() =>
        Require(Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root", "needs root (network namespaces, raw sockets)");

    public static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);
}

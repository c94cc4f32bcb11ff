namespace NetMapper.Testing;

/// <summary>Where the repository and the shared corpus are, from wherever the tests run.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the clone (NETMAPPER_SHARED overrides).</summary>
    public static string Shared => Environment.GetEnvironmentVariable("NETMAPPER_SHARED") is { Length: > 0 } dir
        ? dir : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "corpus");
    public static string CorpusSnmprec => Path.Combine(Corpus, "snmprec");
    public static string CorpusVendors => Path.Combine(Corpus, "vendors", "snmprec");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NetMapper.sln"))) return dir.FullName;
        throw new InvalidOperationException($"NetMapper.sln not found above {AppContext.BaseDirectory}");
    }
}

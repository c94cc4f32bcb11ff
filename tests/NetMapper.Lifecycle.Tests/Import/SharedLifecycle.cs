namespace NetMapper.Lifecycle.Tests.Import;

/// <summary>The lifecycle reference data in the shared folder (read in place, never copied into the repository).</summary>
internal static class SharedLifecycle
{
    public static string Dir => Path.Combine(RepoPaths.Shared, "lifecycle");

    /// <summary>A file of the shared lifecycle folder; the test skips (or fails under NETMAPPER_REQUIRE_LAB=1) without it.</summary>
    public static string File(params string[] parts)
    {
        var path = Path.Combine([Dir, .. parts]);
        Requires.That(System.IO.File.Exists(path), $"the shared lifecycle data is not at {path}");
        return path;
    }

    public static string Eox(string name) => File("cisco-eox-samples", name);

    public static string EndOfLife(params string[] parts) => File(["endoflife", .. parts]);
}

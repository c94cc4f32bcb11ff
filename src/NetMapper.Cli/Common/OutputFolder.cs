namespace NetMapper.Cli.Common;

/// <summary>
/// An output folder checked before any work: a path that is a file is bad input (2), a folder that cannot be created
/// or written is this machine's problem (3). Each names the option and the path.
/// </summary>
internal static class OutputFolder
{
    public static string Prepare(string path, string option = "--out")
    {
        string full = Path.GetFullPath(path);
        if (File.Exists(full)) throw new UsageException($"{option} '{path}' is a file; give a folder");
        try
        {
            Directory.CreateDirectory(full);
            string probe = Path.Combine(full, $".netmapper-write-test-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string reason = e is UnauthorizedAccessException ? "permission denied" : e.Message;
            throw new EnvironmentException($"{option} '{path}' cannot be written: {reason}");
        }
    }
}

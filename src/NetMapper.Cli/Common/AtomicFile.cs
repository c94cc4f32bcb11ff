using System.Text;

namespace NetMapper.Cli.Common;

/// <summary>Writes a file whole or not at all: to a temporary file beside it, renamed over the target once complete.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new UsageException($"--out '{path}' is a folder, not a file");
        string temporary = full + ".partial";
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"cannot write '{path}': {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
        }
    }
}

using System.Text;

namespace NetMapper.Report;

/// <summary>Why a report could not be written.</summary>
public enum ReportFailure
{
    /// <summary>The output path is a folder, or has no name.</summary>
    BadPath,
    /// <summary>The file or its folder cannot be written.</summary>
    Unwritable,
}

/// <summary>The one exception family of the report layer: names the file and what is wrong with it.</summary>
public sealed class ReportException(ReportFailure failure, string message) : Exception(message)
{
    public ReportFailure Failure { get; } = failure;
}

/// <summary>Writes the page whole or not at all: a temporary file beside it, renamed over the target once complete.</summary>
public static class ReportFile
{
    public static long Write(ReportModel model, string path)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full) || Path.GetFileName(full).Length == 0)
            throw new ReportException(ReportFailure.BadPath, $"'{path}' is a folder; give the report's file name (FILE.html)");
        string temporary = full + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(temporary, ReportPage.Write(model), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
            return new FileInfo(full).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            string reason = e is UnauthorizedAccessException ? "permission denied" : e.Message;
            throw new ReportException(ReportFailure.Unwritable, $"cannot write '{path}': {reason}");
        }
    }

    private static void TryDelete(string file)
    {
        try { File.Delete(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // nothing was written there
    }
}

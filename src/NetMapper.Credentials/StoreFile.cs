using System.Text;

namespace NetMapper.Credentials;

/// <summary>
/// Reading and writing the store file: written whole or not at all (a temporary file beside it, renamed over it), and
/// on Linux readable by its owner only (0600 in a 0700 folder that NetMapper creates).
/// </summary>
internal static class StoreFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;

    public static CredentialStoreException Damaged(string path, Exception? inner = null) =>
        new(CredentialStoreFailure.WrongKeyOrDamaged, $"credential store '{path}': wrong key or damaged file", inner);

    public static byte[] FromBase64(string text, string path)
    {
        try { return Convert.FromBase64String(text); }
        catch (FormatException e) { throw Damaged(path, e); }
    }

    public static string Read(string path)
    {
        if (Directory.Exists(path))
            throw new CredentialStoreException(CredentialStoreFailure.NotAStore, $"credential store '{path}' is a folder, not a file");
        if (!File.Exists(path))
            throw new CredentialStoreException(CredentialStoreFailure.Missing, $"credential store '{path}' does not exist");
        try { return File.ReadAllText(path, Encoding.UTF8); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CredentialStoreException(CredentialStoreFailure.Unwritable,
                $"credential store '{path}' cannot be read: {Reason(e)}", e);
        }
    }

    public static void Write(string path, string text)
    {
        string full = Path.GetFullPath(path);
        string temporary = full + ".partial";
        try
        {
            CreateFolder(Path.GetDirectoryName(full)!);
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CredentialStoreException(CredentialStoreFailure.Unwritable,
                $"credential store '{path}' cannot be written: {Reason(e)}", e);
        }
    }

    private static void CreateFolder(string folder)
    {
        if (Directory.Exists(folder)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, OwnerOnlyFolder);
    }

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "its folder does not exist",
        _ => e.Message,
    };
}

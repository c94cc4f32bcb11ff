namespace NetMapper.Storage;

/// <summary>What is checked about a database file before LiteDB sees it: LiteDB formats a short file as new.</summary>
internal static class StoreFile
{
    public static void Check(string path, bool mustExist)
    {
        if (!File.Exists(path))
        {
            if (Directory.Exists(path))
                throw new StorageException(StorageFailure.NotADatabase, $"'{path}' is a folder, not a scan database");
            if (mustExist)
                throw new StorageException(StorageFailure.Missing,
                    $"scan database '{path}' does not exist") { File = path };
            return;
        }
        long length;
        try { length = new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(StorageFailure.Unwritable, $"'{path}' cannot be read: {ReasonOf(e)}", e);
        }
        if (length == 0 && mustExist)
            throw new StorageException(StorageFailure.NotADatabase,
                $"'{path}' is empty: not a NetMapper scan database; it was left untouched");
        if (length > 0 && !HasLiteDbHeader(path))
            throw new StorageException(StorageFailure.NotADatabase,
                $"'{path}' is not a NetMapper scan database (it is not a LiteDB file); it was left untouched");
    }

    /// <summary>LiteDB 5 writes this text at offset 32 of its header page.</summary>
    private static bool HasLiteDbHeader(string path)
    {
        var marker = "** This is a LiteDB file **"u8;
        var buffer = new byte[32 + marker.Length];
        try
        {
            using var stream = File.OpenRead(path);
            return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length
                && buffer.AsSpan(32).SequenceEqual(marker);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(StorageFailure.Unwritable, $"'{path}' cannot be read: {ReasonOf(e)}", e);
        }
    }

    public static string ReasonOf(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "its folder does not exist",
        _ => e.Message,
    };
}

/// <summary>
/// A private copy of a database (and LiteDB's log file beside it) for read-only use, deleted when done: whatever LiteDB
/// does to what it opens, the user's file keeps every byte.
/// </summary>
internal sealed class StoreSnapshot : IDisposable
{
    private readonly string folder;

    private StoreSnapshot(string folder, string path) => (this.folder, Path) = (folder, path);

    public string Path { get; }

    public static StoreSnapshot Of(string source)
    {
        string folder = Directory.CreateTempSubdirectory("netmapper-read-").FullName;
        string copy = System.IO.Path.Combine(folder, "scan.db");
        try
        {
            File.Copy(source, copy);
            string log = LogOf(source);
            if (File.Exists(log)) File.Copy(log, LogOf(copy));
            return new StoreSnapshot(folder, copy);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Directory.Delete(folder, recursive: true);
            throw new StorageException(StorageFailure.Unwritable, $"'{source}' cannot be read: {StoreFile.ReasonOf(e)}", e);
        }
    }

    /// <summary>LiteDB 5 keeps uncommitted pages in "NAME-log.EXT" beside the file.</summary>
    private static string LogOf(string path) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? "",
            System.IO.Path.GetFileNameWithoutExtension(path) + "-log" + System.IO.Path.GetExtension(path));

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { } // a temporary folder left behind is no reason to fail the command
    }
}

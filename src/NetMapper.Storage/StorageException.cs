namespace NetMapper.Storage;

/// <summary>Why a scan database could not be used.</summary>
public enum StorageFailure
{
    /// <summary>The file does not exist.</summary>
    Missing,
    /// <summary>The file is empty, not a LiteDB file, or a LiteDB file NetMapper did not write.</summary>
    NotADatabase,
    /// <summary>A newer NetMapper wrote it.</summary>
    NewerSchema,
    /// <summary>The file is a NetMapper database but parts of it cannot be read (truncated, overwritten).</summary>
    Damaged,
    /// <summary>The scan asked for is not in it, or it holds none.</summary>
    NoSuchScan,
    /// <summary>The file or its folder cannot be written (permissions, a full disk, a read-only mount).</summary>
    Unwritable,
}

/// <summary>The one exception family of the storage layer: names the file and what is wrong, never LiteDB's words alone.</summary>
public sealed class StorageException(StorageFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public StorageFailure Failure { get; } = failure;

    /// <summary>The database file, where the message's advice needs it.</summary>
    public string File { get; init; } = "";

    /// <summary>For <see cref="StorageFailure.Damaged"/>: the scans whose data could still be read.</summary>
    public IReadOnlyList<int> ReadableScans { get; init; } = [];
}

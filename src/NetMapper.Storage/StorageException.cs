namespace NetMapper.Storage;

/// <summary>A scan database that cannot be opened or read: names the file and what is wrong.</summary>
public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner);

namespace NetMapper.Lifecycle.Import;

/// <summary>Reading an import file, with the one exception of the layer when it cannot be read.</summary>
internal static class ImportSource
{
    public static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "does not exist" : "cannot be read: " + e.Message;
            throw new LifecycleException(LifecycleFailure.FileUnreadable, $"{path}: {why}");
        }
    }

    /// <summary>An import that is not what it claims to be: "file:where: field: what is wrong".</summary>
    public static LifecycleException Invalid(string file, string where, string field, string what)
    {
        var place = where.Length == 0 ? file : $"{file}:{where}";
        var problem = field.Length == 0 ? $"{place}: {what}" : $"{place}: {field}: {what}";
        return new LifecycleException(LifecycleFailure.InvalidImport, problem, [problem]);
    }
}

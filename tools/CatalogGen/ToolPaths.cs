namespace NetMapper.Tools.CatalogGen;

/// <summary>Where the tool's own files are: the project folder, found above the build output.</summary>
internal static class ToolPaths
{
    public static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CatalogGen.csproj"))) return dir.FullName;
        throw new InvalidDataException($"CatalogGen.csproj not found above {AppContext.BaseDirectory}; pass --patterns");
    }
}

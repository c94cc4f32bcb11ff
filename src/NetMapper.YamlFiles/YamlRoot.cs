using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NetMapper.YamlFiles;

/// <summary>The top mapping of a YAML file, or a problem at the line where the YAML breaks or the file is not a mapping.</summary>
public static class YamlRoot
{
    /// <param name="notAMapping">What the file should be, said when it is not a mapping ("not a catalog: expected ...").</param>
    public static YamlMappingNode? Mapping(string yaml, ProblemList problems, string notAMapping)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
        catch (YamlException e)
        {
            problems.Add(e.Start, "", (e.InnerException ?? e).Message);
            return null;
        }
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root) return root;
        problems.Add(Mark.Empty, "", notAMapping);
        return null;
    }
}

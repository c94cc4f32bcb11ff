using System.Security.Cryptography;
using System.Text;

namespace NetMapper.Diagrams.Tests;

/// <summary>Committed hashes of drawings: a change between runs, machines or commits shows up as a mismatch.</summary>
internal static class GoldenFile
{
    /// <summary>NETMAPPER_UPDATE_GOLDEN=1 rewrites the committed hashes from this run.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("NETMAPPER_UPDATE_GOLDEN") == "1";

    /// <summary>SHA-256 of the text as UTF-8 with LF line ends (XElement writes the platform's line end).</summary>
    public static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));

    /// <summary>What went wrong and how to update the hash deliberately; the drawing is kept for a look.</summary>
    public static string Mismatch(string golden, string expected, string actual, string text, string fileName)
    {
        var kept = Path.Combine(Directory.CreateTempSubdirectory("netmapper-golden-").FullName, fileName);
        File.WriteAllText(kept, text);
        return $"""
            The drawing is not the one committed in {golden}
              expected sha256 {expected}
              actual   sha256 {actual}  (drawing kept at {kept})
            If the same code draws differently from run to run, an order follows string hashing (Dictionary, HashSet,
            GroupBy on strings): sort it. If you changed the layout or the SVG on purpose, look at the drawing, then run
            NETMAPPER_UPDATE_GOLDEN=1 dotnet test tests/NetMapper.Diagrams.Tests and commit the new hash.
            """;
    }
}

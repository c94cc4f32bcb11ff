namespace NetMapper.Cli.Common;

/// <summary>Enum values as NetMapper prints them everywhere, tables and JSON alike: camelCase ("l3Switch", "done").</summary>
internal static class Spelling
{
    public static string Of<T>(T value) where T : struct, Enum => Camel(value.ToString());

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}

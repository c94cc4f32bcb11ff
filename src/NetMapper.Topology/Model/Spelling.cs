namespace NetMapper.Topology;

/// <summary>Enum values as NetMapper writes them everywhere, tables, messages and JSON alike: camelCase ("l3Switch").</summary>
public static class Spelling
{
    public static string Of<T>(T value) where T : struct, Enum => Camel(value.ToString());

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}

using NetMapper.Topology;

namespace NetMapper.Cli.Common;

/// <summary>CIDR prefixes given on the command line or in a configuration, each refused by name when malformed.</summary>
internal static class PrefixInput
{
    /// <param name="where">Appended to the message, e.g. " (in scan.yaml or the flags)".</param>
    public static List<IpPrefix> Parse(IEnumerable<string> texts, string what, string where = "") =>
        texts.Select(t => ParseOne(t, what, where)).ToList();

    private static IpPrefix ParseOne(string text, string what, string where) =>
        IpPrefix.TryParse(text, out var prefix, out var problem)
            ? prefix
            : throw new UsageException($"{what} '{text}' is not a CIDR prefix{where}: {problem}");
}

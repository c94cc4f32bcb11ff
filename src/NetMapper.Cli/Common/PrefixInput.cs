using NetMapper.Topology;

namespace NetMapper.Cli.Common;

/// <summary>CIDR prefixes given on the command line or in a configuration, each refused by name when malformed.</summary>
internal static class PrefixInput
{
    /// <param name="where">Appended to the message, e.g. " (in scan.yaml or the flags)".</param>
    public static List<IpPrefix> Parse(IEnumerable<string> texts, string what, string where = "") =>
        texts.Select(t => IpPrefix.TryParse(t, out var p, out var problem) ? p : throw new UsageException($"{what} '{t}' is not a CIDR prefix{where}: {problem}")).ToList();
}

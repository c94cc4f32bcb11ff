namespace NetMapper.Discovery.Tests.Coverage;

/// <summary>
/// Where the recording itself says something other than LibreNMS's result: what NetMapper reports and why. Kept per
/// group of vendors in Differences/.
/// </summary>
public static partial class CoverageDifferences
{
    public sealed record Difference(string Recording, string Field, string Ours, string Why);

    public static Difference? For(string recording, string field) =>
        All.Value.FirstOrDefault(d => d.Recording == recording && d.Field == field);

    private static readonly Lazy<Difference[]> All = new(() => [.. Cisco, .. Enterprise, .. Regional, .. Servers]);
}

namespace NetMapper.Discovery.Tests.Coverage;

public static partial class CoverageDifferences
{
    private static Difference[] Cisco =>
    [
    ];
}

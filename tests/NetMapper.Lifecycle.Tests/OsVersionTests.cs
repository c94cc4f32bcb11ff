using System.Globalization;
using NetMapper.Lifecycle.Versions;

namespace NetMapper.Lifecycle.Tests;

public class OsVersionTests
{
    private static OsVersion V(params object[] parts) => new("test", string.Join(".", parts),
        parts.Select(p => p is string s ? VersionPart.Of(s) : VersionPart.Of(Convert.ToInt64(p, CultureInfo.InvariantCulture))).ToArray());

    [Fact]
    public void A_version_that_is_a_prefix_of_another_is_older()
    {
        Assert.True(V(17, 6, 8) < V(17, 6, 8, "a"));
        Assert.True(V(17, 6, 8, "a").IsInTrain(V(17, 6)));
        Assert.False(V(17, 12, 4).IsInTrain(V(17, 1)));
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NetMapper.Topology.Diff;

namespace NetMapper.Report.Tests;

/// <summary>The page's data is written byte for byte as with the reflection-based options it had.</summary>
public sealed class ReportJsonFormTests
{
    private static readonly JsonSerializerOptions Reflecting =
        new(ReportJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    [Fact]
    public void The_Report_Data_Is_Written_As_Before()
    {
        var before = SyntheticTopology.Build(46);
        var after = SyntheticTopology.Build(40);
        var diff = NetworkDiff.Compare(1, before, 2, after);
        var model = SampleReport.Of(after, "zh-TW", diff);

        string expected = JsonSerializer.Serialize(model, Reflecting).Replace("<", "\\u003c", StringComparison.Ordinal);

        Assert.Equal(expected, ReportJson.Of(model));
    }
}

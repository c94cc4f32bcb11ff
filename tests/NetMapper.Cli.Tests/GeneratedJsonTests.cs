using NetMapper.Cli.Common;
using NetMapper.Cli.Show;
using NetMapper.Storage;

namespace NetMapper.Cli.Tests;

/// <summary>The sample network as the demo scanned it: its graph, stored polls and <c>--json</c> views are written byte
/// for byte as with the reflection-based options, so stored scans, their hashes and scripts reading the output see
/// no change.</summary>
[Collection(SampleDemo.Collection)]
public sealed class GeneratedJsonTests(SampleDemo demo)
{
    [Fact]
    public void The_Scanned_Graph_And_Its_Stored_Polls_Are_Written_As_Before()
    {
        ReflectionJson.AssertSameForm(demo.Graph, ReflectionJson.Graph(), GraphJson.Options);
        using var store = ScanStore.Open(demo.Db, readOnly: true);
        foreach (var poll in store.LoadPolls(store.Latest().Id))
            ReflectionJson.AssertSameForm(poll, ReflectionJson.Graph(), GraphJson.Options);
        ReflectionJson.AssertSameForm(store.ListScans(), ReflectionJson.Graph(indented: true), CliJson.Indented);
        ReflectionJson.AssertSameForm(store.AuditLog(), ReflectionJson.Graph(indented: true), CliJson.Indented);
        ReflectionJson.AssertSameForm(store.Verify(), ReflectionJson.Graph(indented: true), CliJson.Indented);
    }

    [Fact]
    public void Every_Show_View_Is_Printed_As_Before()
    {
        var before = ReflectionJson.Graph(indented: true);
        var graph = demo.Graph;

        ReflectionJson.AssertSameForm(ShowViews.Devices(graph).ToArray(), before, CliJson.Indented);
        ReflectionJson.AssertSameForm(ShowViews.Links(graph).ToArray(), before, CliJson.Indented);
        ReflectionJson.AssertSameForm(ShowViews.Hosts(graph).ToArray(), before, CliJson.Indented);
        ReflectionJson.AssertSameForm(ShowViews.Subnets(graph).ToArray(), before, CliJson.Indented);
        ReflectionJson.AssertSameForm(ShowViews.Vlans(graph).ToArray(), before, CliJson.Indented);
        ReflectionJson.AssertSameForm(ShowViews.Routes(graph).ToArray(), before, CliJson.Indented);
        ReflectionJson.AssertSameForm(ShowViews.Zones(graph, demo.Zones), before, CliJson.Indented);
    }

    [Fact]
    public void Every_Enum_The_Commands_Print_Is_Written_By_Its_Camel_Case_Name()
    {
        var roots = typeof(CliJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(System.Text.Json.Serialization.JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!).ToArray();

        Assert.NotEmpty(roots);
        Assert.Empty(roots.SelectMany(t => ReflectionJson.EnumsWithoutNames(t, CliJson.Indented)));
    }
}

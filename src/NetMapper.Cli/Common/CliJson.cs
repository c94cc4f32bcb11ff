using System.Text.Json;
using System.Text.Json.Serialization;
using NetMapper.Capture.Neighbors;
using NetMapper.Cli.Credentials;
using NetMapper.Cli.Lifecycle;
using NetMapper.Cli.Show;
using NetMapper.Storage;
using NetMapper.Topology.Diff;

namespace NetMapper.Cli.Common;

/// <summary>What the commands print with <c>--json</c>, as contracts generated at build time so the Native AOT binary
/// needs no reflection; naming and converters are <see cref="GraphJson"/>'s, as before.</summary>
[JsonSerializable(typeof(IReadOnlyList<ScanInfo>))]
[JsonSerializable(typeof(IReadOnlyList<ScanCheck>))]
[JsonSerializable(typeof(IReadOnlyList<AuditEntry>))]
[JsonSerializable(typeof(IReadOnlyList<CapturedNeighbor>))]
[JsonSerializable(typeof(List<LifecycleJson>))]
[JsonSerializable(typeof(GraphDiff))]
[JsonSerializable(typeof(ShowViews.ZonesView))]
[JsonSerializable(typeof(ShowViews.DeviceView[]))]
[JsonSerializable(typeof(ShowViews.LinkView[]))]
[JsonSerializable(typeof(ShowViews.HostView[]))]
[JsonSerializable(typeof(ShowViews.SubnetView[]))]
[JsonSerializable(typeof(ShowViews.VlanView[]))]
[JsonSerializable(typeof(ShowViews.RouteView[]))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>In a class of its own: a static field of the context could be set before the generated Default.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Indented = GraphJson.Create(CliJsonContext.Default, indented: true);

    public static string Indent<T>(T value) => JsonSerializer.Serialize(value, Indented.Info<T>());
}

/// <summary><c>credentials list --json</c>: camelCase, nulls left out (a community has no user or protocols).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CredentialsCommand.ListedCredential[]))]
internal sealed partial class CredentialListJson : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using NetMapper.Application.Evidence;
using NetMapper.Diagrams;
using NetMapper.Storage;
using NetMapper.Topology.Diff;

namespace NetMapper.Application;

/// <summary>The contracts of what the jobs write as JSON, generated at build time so a Native AOT binary needs no
/// reflection; naming and converters are <see cref="GraphJson"/>'s.</summary>
[JsonSerializable(typeof(GraphDiff))]
[JsonSerializable(typeof(EvidencePack.Manifest))]
internal sealed partial class ApplicationJson : JsonSerializerContext;

/// <summary>In a class of its own: a static field of the context could be set before the generated Default.</summary>
internal static class JobJson
{
    public static readonly JsonSerializerOptions Indented = GraphJson.Create(ApplicationJson.Default, indented: true);
}

/// <summary>Layout hints as they have always been stored: the serializer's defaults (PascalCase names).</summary>
[JsonSerializable(typeof(Dictionary<string, NodeHint>))]
internal sealed partial class LayoutHintsJson : JsonSerializerContext;

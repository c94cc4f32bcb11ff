using System.Text.Json.Serialization;
using NetMapper.Topology;

namespace NetMapper.Storage;

/// <summary>The stored types' contracts, generated at build time so a Native AOT binary reads and writes them without
/// reflection. Naming, encoding and converters come from <see cref="GraphJson"/>'s options, as before.</summary>
[JsonSerializable(typeof(TopologyGraph))]
[JsonSerializable(typeof(DeviceSnapshot))]
[JsonSerializable(typeof(ScanInfo))]
[JsonSerializable(typeof(AuditEntry))]
internal sealed partial class StorageJson : JsonSerializerContext;

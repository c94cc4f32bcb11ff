using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NetMapper.Topology;
using NetMapper.Topology.Diff;

namespace NetMapper.Storage;

/// <summary>The JSON form of the domain: what is stored with each scan and what <c>show --json</c> prints.
/// Strings travel exactly as discovered; addresses, MACs and prefixes as their usual text. Graphs stored by earlier
/// versions read into today's types (<see cref="LegacyGraph"/>).</summary>
public static class GraphJson
{
    // Before the options below: static fields are set in the order they are written.
    private static readonly JsonConverter[] StoredEnums =
    [
        CamelEnum<DeviceRole>(), CamelEnum<PollStatus>(), CamelEnum<LinkConfidence>(), CamelEnum<FindingSeverity>(),
        CamelEnum<NeighborProtocol>(), CamelEnum<DiffSide>(), CamelEnum<ScanStatus>(), CamelEnum<SealState>(),
    ];

    public static readonly JsonSerializerOptions Options = Create(StorageJson.Default, indented: false);
    public static readonly JsonSerializerOptions Indented = Create(StorageJson.Default, indented: true);

    /// <summary>The stored form's options for the types <paramref name="types"/> (another assembly's source-generated
    /// context) and this assembly's; <paramref name="enums"/> names that assembly's own enums the same way.</summary>
    public static JsonSerializerOptions Create(IJsonTypeInfoResolver types, bool indented, params JsonConverter[] enums)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(types, StorageJson.Default).KeepingInitializers(),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        foreach (var converter in StoredEnums.Concat(enums).Concat(ValueConverters())) options.Converters.Add(converter);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The converters of the stored form other than the enums', new instances each call (the graph's
    /// converter keeps the options it was first used with).</summary>
    public static IEnumerable<JsonConverter> ValueConverters() =>
    [
        new IPAddressConverter(), new MacAddressConverter(), new IpPrefixConverter(), new LinkAggregateConverter(),
        new SubnetMemberConverter(), new TopologyGraphConverter(),
    ];

    /// <summary>An enum as its camelCase name, as the reflection-based converter wrote it before: without an entry here
    /// (or in <see cref="Create"/>'s list) an enum would be stored as its number.</summary>
    public static JsonStringEnumConverter<T> CamelEnum<T>() where T : struct, Enum => new(JsonNamingPolicy.CamelCase);

    /// <summary>The source-generated contract of <typeparamref name="T"/> under these options.</summary>
    public static JsonTypeInfo<T> Info<T>(this JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    public static byte[] Compress<T>(T value)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
            JsonSerializer.Serialize(gzip, value, Options.Info<T>());
        return buffer.ToArray();
    }

    public static T Decompress<T>(Stream compressed)
    {
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        return JsonSerializer.Deserialize(gzip, Options.Info<T>()) ?? throw new InvalidDataException("stored JSON is empty");
    }

    private sealed class IPAddressConverter : JsonConverter<IPAddress>
    {
        public override IPAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IPAddress.Parse(reader.GetString()!);
        public override void Write(Utf8JsonWriter writer, IPAddress value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }

    private sealed class MacAddressConverter : JsonConverter<MacAddress>
    {
        public override MacAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            MacAddress.Parse(reader.GetString()!);
        public override void Write(Utf8JsonWriter writer, MacAddress value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }

    private sealed class IpPrefixConverter : JsonConverter<IpPrefix>
    {
        public override IpPrefix Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IpPrefix.Parse(reader.GetString()!);
        public override void Write(Utf8JsonWriter writer, IpPrefix value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}

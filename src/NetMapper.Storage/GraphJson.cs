using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetMapper.Topology;

namespace NetMapper.Storage;

/// <summary>The JSON form of the domain: what is stored with each scan and what <c>show --json</c> prints.
/// Strings travel exactly as discovered; addresses, MACs and prefixes as their usual text. Graphs stored by earlier
/// versions read into today's types (<see cref="LegacyGraph"/>).</summary>
public static class GraphJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: false);
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new IPAddressConverter());
        options.Converters.Add(new MacAddressConverter());
        options.Converters.Add(new IpPrefixConverter());
        options.Converters.Add(new LinkAggregateConverter());
        options.Converters.Add(new SubnetMemberConverter());
        options.Converters.Add(new TopologyGraphConverter());
        return options;
    }

    public static byte[] Compress<T>(T value)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
            JsonSerializer.Serialize(gzip, value, Options);
        return buffer.ToArray();
    }

    public static T Decompress<T>(Stream compressed)
    {
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(gzip, Options) ?? throw new InvalidDataException("stored JSON is empty");
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

using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetMapper.Topology;

namespace NetMapper.Storage;

/// <summary>Reads a whole graph through the other converters, then brings what older scans stored up to date
/// (<see cref="LegacyGraph"/>): every way of loading a stored graph gets today's types.</summary>
internal sealed class TopologyGraphConverter : JsonConverter<TopologyGraph>
{
    private JsonSerializerOptions? _inner;

    public override TopologyGraph Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LegacyGraph.Upgrade(JsonSerializer.Deserialize(ref reader, Inner(options).Info<TopologyGraph>())!);

    public override void Write(Utf8JsonWriter writer, TopologyGraph value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, Inner(options).Info<TopologyGraph>());

    /// <summary>The same options without this converter, which would otherwise call itself.</summary>
    private JsonSerializerOptions Inner(JsonSerializerOptions outer)
    {
        if (_inner is { } inner) return inner;
        var copy = new JsonSerializerOptions(outer);
        copy.Converters.Remove(this);
        copy.MakeReadOnly();
        return _inner = copy;
    }
}

/// <summary>A LAG as <c>{"a": "Port-channel1", "b": "Trk1"}</c>. Scans stored before it was a type hold the string
/// "DEVICE:PORT~DEVICE:PORT"; that reads as both halves with their device still in front, which
/// <see cref="LegacyGraph"/> takes off once it knows the link's devices.</summary>
internal sealed class LinkAggregateConverter : JsonConverter<LinkAggregate>
{
    public override LinkAggregate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var halves = reader.GetString()!.Split('~');
            return new LinkAggregate(halves[0], halves[^1]);
        }
        var fields = JsonFields.Read(ref reader, options);
        return new LinkAggregate(fields.Text(nameof(LinkAggregate.A)), fields.Text(nameof(LinkAggregate.B)));
    }

    public override void Write(Utf8JsonWriter writer, LinkAggregate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonFields.Name(nameof(LinkAggregate.A), options), value.A);
        writer.WriteString(JsonFields.Name(nameof(LinkAggregate.B), options), value.B);
        writer.WriteEndObject();
    }
}

/// <summary>A subnet member as <c>{"deviceId", "interface", "address"}</c>. Scans stored before members named their device
/// by id hold <c>{"device": NAME, ...}</c>: that reads with the name where the id goes, which <see cref="LegacyGraph"/>
/// turns into the id once it knows the graph's devices.</summary>
internal sealed class SubnetMemberConverter : JsonConverter<SubnetMember>
{
    private const string OldDevice = "Device";

    public override SubnetMember Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = JsonFields.Read(ref reader, options);
        string device = fields.Find(nameof(SubnetMember.DeviceId)) ?? fields.Text(OldDevice);
        var address = IPAddress.Parse(fields.Text(nameof(SubnetMember.Address)));
        return new SubnetMember(device, fields.Text(nameof(SubnetMember.Interface)), address);
    }

    public override void Write(Utf8JsonWriter writer, SubnetMember value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonFields.Name(nameof(SubnetMember.DeviceId), options), value.DeviceId);
        writer.WriteString(JsonFields.Name(nameof(SubnetMember.Interface), options), value.Interface);
        writer.WriteString(JsonFields.Name(nameof(SubnetMember.Address), options), value.Address.ToString());
        writer.WriteEndObject();
    }
}

/// <summary>The string fields of one small JSON object, for converters that read more than one stored form.</summary>
internal sealed class JsonFields(Dictionary<string, string?> fields, JsonSerializerOptions options)
{
    public static JsonFields Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"expected an object, not {reader.TokenType}");
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.Null) fields[name] = reader.GetString();
            else reader.Skip(); // a field a later version added: not ours to read
        }
        return new JsonFields(fields, options);
    }

    public static string Name(string property, JsonSerializerOptions options) =>
        options.PropertyNamingPolicy?.ConvertName(property) ?? property;

    /// <summary>The field's text; "" when it is absent or null.</summary>
    public string Text(string property) => Find(property) ?? "";

    public string? Find(string property) => fields.GetValueOrDefault(Name(property, options));
}

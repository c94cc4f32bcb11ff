using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NetMapper.Storage;
using Xunit;

namespace NetMapper.Testing;

/// <summary>JSON options as they were before the source-generated contexts: reflection-based, with the one enum
/// converter for all enums. What they write is what stored scans, hashes and files already hold.</summary>
public static class ReflectionJson
{
    /// <summary>A copy of what <see cref="GraphJson"/>'s options were.</summary>
    public static JsonSerializerOptions Graph(bool indented = false)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        foreach (var converter in GraphJson.ValueConverters()) options.Converters.Add(converter);
        return options;
    }

    /// <summary>These options with the reflection-based resolver in place of the generated one.</summary>
    public static JsonSerializerOptions Reflecting(JsonSerializerOptions generated) =>
        new(generated) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>Both options write the same bytes, and each reads what the other wrote back to those bytes.</summary>
    public static void AssertSameForm<T>(T value, JsonSerializerOptions before, JsonSerializerOptions now)
    {
        byte[] old = JsonSerializer.SerializeToUtf8Bytes(value, before);
        byte[] current = JsonSerializer.SerializeToUtf8Bytes(value, now.GetTypeInfo(typeof(T)));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(old), System.Text.Encoding.UTF8.GetString(current));
        Assert.Equal(old, JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize<T>(current, before), before));
        var read = (T?)JsonSerializer.Deserialize(old, now.GetTypeInfo(typeof(T)));
        Assert.Equal(old, JsonSerializer.SerializeToUtf8Bytes(read, now.GetTypeInfo(typeof(T))));
    }

    /// <summary>The object types reachable from <paramref name="root"/> whose empty object <c>{}</c> (a form stored
    /// before all of its fields existed) reads differently from how it read before.</summary>
    public static IReadOnlyList<string> ReadDifferentlyWhenEmpty(Type root, JsonSerializerOptions before, JsonSerializerOptions now)
    {
        var different = new List<string>();
        foreach (var type in Reachable(root, now).Where(t => now.GetTypeInfo(t).Kind == JsonTypeInfoKind.Object))
        {
            // Types whose computed properties need fields that {} lacks were never stored that way: nothing to compare.
            if (Written(() => JsonSerializer.Deserialize("{}", type, before), type, before) is not { } old) continue;
            string? current = Written(() => JsonSerializer.Deserialize("{}", now.GetTypeInfo(type)), type, before);
            if (old != current) different.Add($"{type.Name}: {old} became {current}");
        }
        return different;
    }

    private static string? Written(Func<object?> read, Type type, JsonSerializerOptions options)
    {
        try { return JsonSerializer.Serialize(read(), type, options); }
        catch (Exception e) when (e is NullReferenceException or ArgumentException or JsonException) { return null; }
    }

    /// <summary>The enums reachable from <paramref name="root"/>'s contract that <paramref name="options"/> would write
    /// as numbers: each needs a camelCase string converter, as the reflection-based options gave every enum.</summary>
    public static IReadOnlyList<Type> EnumsWithoutNames(Type root, JsonSerializerOptions options) =>
        Reachable(root, options).Where(t => t.IsEnum && !options.Converters.Any(c => c.CanConvert(t))).ToArray();

    /// <summary>Every type the contract of <paramref name="root"/> reaches through properties, elements and keys.</summary>
    public static IReadOnlyCollection<Type> Reachable(Type root, JsonSerializerOptions options)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || type.IsEnum) continue;
            var info = options.GetTypeInfo(type);
            foreach (var property in info.Properties) pending.Push(property.PropertyType);
            if (info.ElementType is { } element) pending.Push(element);
            if (info.KeyType is { } key) pending.Push(key);
        }
        return seen;
    }
}

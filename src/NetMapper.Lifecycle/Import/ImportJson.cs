using System.Text.Json;

namespace NetMapper.Lifecycle.Import;

/// <summary>JSON import sources: parsing with a clean error, and lenient reading of optional string members.</summary>
internal static class ImportJson
{
    public static JsonDocument Parse(string text, string file)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            var why = e.Message;
            var cut = why.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut > 0) why = why[..cut];
            throw ImportSource.Invalid(file, $"{(e.LineNumber ?? 0) + 1}", "", $"not valid JSON: {why}");
        }
    }

    public static JsonElement? Member(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>A string member, trimmed; "" when absent, null or not a string (Cisco sends " " for nothing).</summary>
    public static string Text(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.String } value ? value.GetString()!.Trim() : "";

    public static bool Flag(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.True };

    public static int Number(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var n) ? n : 0;
}

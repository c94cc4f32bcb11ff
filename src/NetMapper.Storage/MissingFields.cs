using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NetMapper.Storage;

/// <summary>
/// Source-generated contracts set init-only properties in the object initializer, so one missing from the JSON becomes
/// null where reflection kept its initializer (<c>[]</c>, <c>""</c>; dotnet/runtime#84484). Forms stored by earlier
/// versions lack the fields added since: this puts the empty value back after reading, as reading them did before.
/// Value-typed fields are left alone: a stored 0 cannot be told from a missing one.
/// </summary>
internal static class MissingFields
{
    public static IJsonTypeInfoResolver KeepingInitializers(this IJsonTypeInfoResolver resolver) =>
        resolver.WithAddedModifier(Restore);

    private static void Restore(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var restored = info.Properties.Where(IsInitializedReference).Select(p => Restorer(p, info.Options)).ToArray();
        if (restored.Length == 0) return;
        var after = info.OnDeserialized;
        info.OnDeserialized = value =>
        {
            foreach (var restore in restored) restore(value);
            after?.Invoke(value);
        };
    }

    private static bool IsInitializedReference(JsonPropertyInfo property) =>
        property.AssociatedParameter is { IsMemberInitializer: true, IsNullable: false }
        && !property.PropertyType.IsValueType && property.AttributeProvider is PropertyInfo;

    /// <summary>Sets the property to its empty value when it read as null; the empty value is read from JSON through the
    /// property's own contract, so no type is made at run time.</summary>
    private static Action<object> Restorer(JsonPropertyInfo property, JsonSerializerOptions options)
    {
        var member = (PropertyInfo)property.AttributeProvider!;
        var contract = options.GetTypeInfo(property.PropertyType);
        string empty = contract.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "[]",
            JsonTypeInfoKind.Dictionary => "{}",
            _ when property.PropertyType == typeof(string) => "\"\"",
            _ => "null",
        };
        return value =>
        {
            if (member.GetValue(value) is null) member.SetValue(value, JsonSerializer.Deserialize(empty, contract));
        };
    }
}

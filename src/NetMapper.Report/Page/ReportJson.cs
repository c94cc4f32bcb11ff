using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NetMapper.Report;

/// <summary>The model as the JSON the page reads: camelCase, Chinese as UTF-8 (not \u escapes, a third of the size).</summary>
public static class ReportJson
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ReportJsonContext.Default,
    };

    /// <summary>
    /// JSON safe inside a script element even uncompressed: '&lt;' only occurs within strings, so escaping every one of
    /// them means no "&lt;/script" or "&lt;!--" can end or change an element, whatever a device calls itself.
    /// </summary>
    public static string Of(ReportModel model) =>
        JsonSerializer.Serialize(model, Model).Replace("<", "\\u003c", StringComparison.Ordinal);

    private static JsonTypeInfo<ReportModel> Model => (JsonTypeInfo<ReportModel>)Options.GetTypeInfo(typeof(ReportModel));
}

/// <summary>The model's contract, generated at build time so a Native AOT binary needs no reflection.</summary>
[JsonSerializable(typeof(ReportModel))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

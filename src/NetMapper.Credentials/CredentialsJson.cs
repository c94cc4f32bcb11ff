using System.Text.Json.Serialization;

namespace NetMapper.Credentials;

/// <summary>The store file's contracts, generated at build time so a Native AOT binary needs no reflection; each
/// file part keeps its own options (naming, nulls, encoder) as before.</summary>
[JsonSerializable(typeof(StoreEnvelope))]
[JsonSerializable(typeof(StorePayload.Document))]
internal sealed partial class CredentialsJson : JsonSerializerContext;

using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NetMapper.Cli.Scan;

/// <summary>scan.yaml's types, read through code generated at build time (no reflection), so <c>scan --config</c>
/// and <c>refresh</c> work in the Native AOT binary.</summary>
[YamlStaticContext]
[YamlSerializable(typeof(ScanConfigFile))]
[YamlSerializable(typeof(ScanConfigFile.CredentialEntry))]
[YamlSerializable(typeof(ScanConfigFile.V3Entry))]
[YamlSerializable(typeof(ScanConfigFile.LimitsEntry))]
public partial class ScanConfigYaml : StaticContext
{
    internal static IDeserializer Deserializer() =>
        new StaticDeserializerBuilder(new ScanConfigYaml()).WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
}

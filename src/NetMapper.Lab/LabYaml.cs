using NetMapper.Lab.Spec;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NetMapper.Lab;

/// <summary>The lab's YAML types, read and written through code generated at build time (no reflection), so
/// <c>lab</c> and <c>demo</c> work in the Native AOT binary.</summary>
[YamlStaticContext]
[YamlSerializable(typeof(LabManifest))]
[YamlSerializable(typeof(LabManifest.ManifestDevice))]
[YamlSerializable(typeof(NetworkFile))]
[YamlSerializable(typeof(VlanEntry))]
[YamlSerializable(typeof(ModelEntry))]
[YamlSerializable(typeof(DeviceEntry))]
[YamlSerializable(typeof(HostEntry))]
public partial class LabYaml : StaticContext
{
    public static IDeserializer Deserializer() =>
        new StaticDeserializerBuilder(new LabYaml()).WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static ISerializer Serializer() =>
        new StaticSerializerBuilder(new LabYaml()).WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
}

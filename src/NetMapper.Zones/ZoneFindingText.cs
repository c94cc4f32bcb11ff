using NetMapper.Topology;

namespace NetMapper.Zones;

/// <summary>The words of the segmentation findings in English or Traditional Chinese, zones by their name in that
/// language.</summary>
internal sealed class ZoneFindingText(string language)
{
    private readonly bool chinese = language == "zh-TW";

    public string this[string en, string zh] => chinese ? zh : en;

    public string Name(Zone zone) => zone.Name(language);

    public string Names(IEnumerable<Zone> zones) => string.Join(chinese ? "、" : " and ", zones.Select(Name));

    /// <summary>"text (aside)", with full-width brackets in Chinese.</summary>
    public string Bracketed(string text, string aside) => chinese ? $"{text}（{aside}）" : $"{text} ({aside})";

    public string VlanLabel(NetworkVlan vlan) =>
        vlan.Names.Count > 0 ? Bracketed($"{vlan.Id}", string.Join("/", vlan.Names)) : $"{vlan.Id}";
}

using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>Device roles as the records write them: Traditional Chinese, or the JSON's spelling in English.</summary>
public static class RoleWords
{
    public static string Of(DeviceRole role, bool chinese) => role switch
    {
        DeviceRole.Firewall => chinese ? "防火牆" : "firewall",
        DeviceRole.Router => chinese ? "路由器" : "router",
        DeviceRole.L3Switch => chinese ? "三層交換器" : "l3Switch",
        DeviceRole.Switch => chinese ? "交換器" : "switch",
        DeviceRole.WirelessController => chinese ? "無線控制器" : "wirelessController",
        DeviceRole.AccessPoint => chinese ? "無線基地台" : "accessPoint",
        DeviceRole.LoadBalancer => chinese ? "負載平衡器" : "loadBalancer",
        DeviceRole.Server => chinese ? "伺服器" : "server",
        DeviceRole.Host => chinese ? "主機" : "host",
        _ => chinese ? "未知" : "unknown",
    };
}

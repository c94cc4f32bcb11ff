namespace NetMapper.Diagrams;

/// <summary>Colours: one per device kind, the VLANs' in <see cref="VlanPalette"/>.</summary>
public static class Palette
{
    public const string Trunk = "#37474F", Plain = "#78909C", Management = "#9E9E9E", Boundary = "#C62828";
    public const string Eol = "#C62828", Warning = "#F9A825";

    public static string Of(NodeKind kind) => kind switch
    {
        NodeKind.Firewall => "#C62828",
        NodeKind.Router => "#1565C0",
        NodeKind.L3Switch => "#00838F",
        NodeKind.Switch => "#2E7D32",
        NodeKind.WirelessController or NodeKind.AccessPoint => "#6A1B9A",
        NodeKind.LoadBalancer => "#EF6C00",
        NodeKind.Server => "#455A64",
        NodeKind.HostGroup => "#8D6E63",
        NodeKind.Cloud => "#0277BD",
        _ => "#757575",
    };
}

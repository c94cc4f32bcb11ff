using System.Globalization;
using System.Text.Json;

namespace NetMapper.Diagrams;

/// <summary>
/// How draw.io draws each box: the role's shape from draw.io's own stencil libraries (Network: mxgraph.networks,
/// Cisco 19: mxgraph.cisco19, as draw.io's sidebar names them), drawn where the SVG draws its role icon, inside a
/// box that carries the name, addresses and the links.
/// </summary>
internal static class DrawioShapes
{
    /// <summary>The role icon's square, as the SVG places it: in from the box's left edge, centred vertically.</summary>
    public const double IconSize = 24, IconInset = 7;

    /// <summary>draw.io's stencil for a role: the Network library where it has one, Cisco 19 for the roles it lacks.</summary>
    public static string Stencil(NodeKind kind) => kind switch
    {
        NodeKind.Firewall => "shape=mxgraph.networks.firewall;",
        NodeKind.Router => "shape=mxgraph.networks.router;",
        NodeKind.L3Switch => "shape=mxgraph.cisco19.rect;prIcon=l3_switch;",
        NodeKind.Switch => "shape=mxgraph.networks.switch;",
        NodeKind.WirelessController => "shape=mxgraph.cisco19.rect;prIcon=wireless_lan_controller;",
        NodeKind.AccessPoint => "shape=mxgraph.cisco19.wireless_access_point;",
        NodeKind.LoadBalancer => "shape=mxgraph.networks.load_balancer;",
        NodeKind.Server => "shape=mxgraph.networks.server;",
        NodeKind.HostGroup => "shape=mxgraph.networks.pc;",
        NodeKind.Cloud => "shape=mxgraph.networks.cloud;",
        NodeKind.Bus => "",
        // a device whose role the scan could not tell: draw.io's plain ellipse, as the SVG's circled question mark
        _ => "ellipse;",
    };

    /// <summary>The role as data, in English whatever the language of the labels: the enum's name in camelCase.</summary>
    public static string KindData(NodeKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>The role icon, a child of the box, so moving the box moves it; links attach to the box, not to it.</summary>
    public static string IconStyle(NodeKind kind)
    {
        string color = Palette.Of(kind);
        return Stencil(kind) + $"html=1;aspect=fixed;connectable=0;pointerEvents=1;fillColor={color};strokeColor=#FFFFFF;strokeWidth=1;";
    }

    public static Box IconBox(Box device) => new(IconInset, device.Height / 2 - IconSize / 2, IconSize, IconSize);

    public static string BoxStyle(DiagramNode node)
    {
        string color = node.Kind == NodeKind.Bus ? node.Color ?? Palette.Plain : Palette.Of(node.Kind);
        if (node.Kind == NodeKind.Bus)
        {
            const string labelAbove = "verticalLabelPosition=top;verticalAlign=bottom;align=left;fontStyle=1;";
            return $"rounded=1;html=1;fillColor={color};strokeColor={color};{labelAbove}fontColor={color};";
        }
        string strokeWidth = (node.OnBoundary ? 2 : 1.4).ToString(CultureInfo.InvariantCulture);
        // as in the SVG: another zone's device filled grey, one not polled dashed; a device can be both
        string fill = node.Connector ? NodeShapes.OtherZoneFill : "#FFFFFF";
        string dashed = node.Unconfirmed ? "dashed=1;" : "";
        // the label starts right of the role icon, as in the SVG
        string spacing = (IconInset + IconSize + 4).ToString(CultureInfo.InvariantCulture);
        return $"rounded=1;whiteSpace=wrap;html=1;align=left;spacingLeft={spacing};fontSize=11;strokeColor={color};"
            + $"strokeWidth={strokeWidth};fillColor={fill};collapsible=0;" + dashed;
    }
}

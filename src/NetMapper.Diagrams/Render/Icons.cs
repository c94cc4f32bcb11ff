namespace NetMapper.Diagrams;

/// <summary>Role icons as SVG path data in a 24×24 box, drawn in the role's colour: plain shapes that print well in grey too.</summary>
internal static class Icons
{
    public static string PathOf(NodeKind kind) => kind switch
    {
        // a brick wall
        NodeKind.Firewall => "M2 4h20v16H2z M2 9.3h20 M2 14.6h20 M8 4v5.3 M16 4v5.3 M12 9.3v5.3 M5 14.6V20 M19 14.6V20 M12 14.6V20",
        // a round router with four arrows
        NodeKind.Router => "M12 2a10 10 0 1 0 0.01 0z M7 12h10 M12 7v10 M9 9l3-3 3 3 M9 15l3 3 3-3",
        // a square switch with arrows both ways and a router cross
        NodeKind.L3Switch => "M2 3h20v18H2z M6 9h12 M15 6l3 3-3 3 M18 15H6 M9 12l-3 3 3 3",
        NodeKind.Switch => "M1 7h22v10H1z M5 11h12 M14 9l3 2-3 2 M19 14H7 M10 12l-3 2 3 2",
        // a box with radio waves
        NodeKind.WirelessController => "M2 12h20v9H2z M7 8a7 7 0 0 1 10 0 M9.5 10.5a3.5 3.5 0 0 1 5 0 M4.5 5.5a10.5 10.5 0 0 1 15 0",
        NodeKind.AccessPoint => "M12 17a2 2 0 1 0 0.01 0z M8 13a5.5 5.5 0 0 1 8 0 M5 10a10 10 0 0 1 14 0 M2 7a14 14 0 0 1 20 0",
        // one line in, three out
        NodeKind.LoadBalancer => "M2 4h20v16H2z M5 12h5 M10 12l8-5 M10 12h8 M10 12l8 5",
        // a rack server
        NodeKind.Server => "M5 2h14v20H5z M8 6h8 M8 10h8 M8 14h8 M15 18h1",
        // a cloud: a network outside ours
        NodeKind.Cloud => "M6.5 19h11a4.5 4.5 0 0 0 0.6-9 6.5 6.5 0 0 0-12.4 1.6A3.7 3.7 0 0 0 6.5 19z",
        // two screens
        NodeKind.HostGroup => "M1 4h13v9H1z M5 16h5 M10 8h13v9H10z M14 20h5",
        _ => "M12 2a10 10 0 1 0 0.01 0z M9 9a3 3 0 1 1 3 3v2 M12 17v1",
    };
}

using NetMapper.Topology;

namespace NetMapper.Records;

/// <summary>
/// What a segment is for, never its VLAN's or zone's name said again: the zone policy's words for the segment (its
/// subnet, else its VLAN); else, for a point-to-point subnet between devices, the devices it joins; else the zone's
/// purpose; else nothing.
/// </summary>
internal static class SegmentPurposes
{
    public static string Of(Subnet subnet, RecordContext c)
    {
        if (c.Zones.SegmentOf(subnet.Prefix, subnet.Vlan) is { Purpose.IsEmpty: false } segment) return segment.Purpose.In(c.Language);
        var devices = subnet.Members.Select(m => c.Name(m.DeviceId)).Distinct(StringComparer.Ordinal).ToArray();
        if (IsPointToPoint(subnet) && devices.Length == 2)
            return c.W[$"link between {devices[0]} and {devices[1]}", $"{devices[0]} 與 {devices[1]} 互連"];
        return c.Zones.OfSubnet(subnet.Prefix).Purpose.In(c.Language);
    }

    /// <summary>A /30 or /31 (IPv6: /126 to /127) without a VLAN: a routed link between two interfaces.</summary>
    private static bool IsPointToPoint(Subnet subnet) =>
        subnet.Vlan is null && IpAddressing.MaxPrefixLength(subnet.Prefix.Network.AddressFamily) - subnet.Prefix.Length is 1 or 2;
}

namespace NetMapper.Report;

/// <summary>
/// One scan as the report's model: overview, zones, diagrams, device panels and the tables, every word in the
/// report's language. No I/O: the same input gives the same model.
/// </summary>
public static class ReportBuilder
{
    public static ReportModel Build(ReportInput input)
    {
        var c = new ReportContext(input);
        var tables = new[]
        {
            DeviceTable.Build(c), LinkTable.Build(c), HostTable.Build(c), SubnetTable.Build(c), VlanTable.Build(c),
            RouteTable.Build(c), FindingTable.Build(c), PlanTable.Build(c), ChangeTable.Build(c),
        }.OfType<ReportTable>().ToArray();
        var devices = DevicePanels.Build(c);
        // The zone filter offers the zones something is in, in the policy's order.
        var used = tables.SelectMany(t => t.Rows).SelectMany(r => r.Zones)
            .Concat(devices.SelectMany(d => d.Zones)).ToHashSet(StringComparer.Ordinal);
        var zones = input.Zones.Policy.Zones.Append(NetMapper.Zones.ZonePolicy.Unassigned).Where(z => used.Contains(z.Id))
            .Select(z => new ReportZone(z.Id, c.ZoneName(z), z.Color));
        return new ReportModel(input.Language, input.Scan.Id, OverviewBuilder.Build(c, tables))
        {
            Organisation = input.Organisation,
            Zones = zones.ToArray(),
            Diagrams = input.Diagrams,
            Devices = devices,
            Tables = tables,
            Labels = c.Text.Labels,
            Changes = input.Diff is { } diff ? new ReportChanges(diff.From, diff.To) : null,
        };
    }
}

using NetMapper.Records;
using NetMapper.Topology;
using NetMapper.Zones;

namespace NetMapper.Report;

/// <summary>A finding with what it found said in the report's language.</summary>
internal sealed record ReportFinding(Finding Finding, string Detail);

/// <summary>What every part of the report is built from: the input, its words, the findings and the changes.</summary>
internal sealed class ReportContext
{
    public ReportContext(ReportInput input)
    {
        Input = input;
        Text = new ReportText(input.Language);
        Records = new RecordContext(input.Graph, input.Zones, input.Language, input.Vendors);
        // The segmentation checks (Art. 5) and the scan's own findings, as the records list them.
        var segmentation = SegmentationRules.Evaluate(input.Graph, input.Zones, input.Language)
            .Select(f => new ReportFinding(f, f.Message));
        var own = input.Graph.Findings.Select(f => new ReportFinding(f, FindingWords.Detail(f, input.Graph, Chinese)));
        Findings = segmentation.Concat(own).ToArray();
        Changes = input.Diff is { } diff ? new ChangeIndex(diff) : ChangeIndex.None;
    }

    public ReportInput Input { get; }
    public TopologyGraph Graph => Input.Graph;
    public ZoneMap Zones => Input.Zones;
    public ReportText Text { get; }
    public RecordContext Records { get; }
    public bool Chinese => Text.Chinese;
    public IReadOnlyList<ReportFinding> Findings { get; }
    public ChangeIndex Changes { get; }

    public string Name(string deviceId) => Graph.LabelOf(deviceId);

    public string ZoneName(Zone zone) => zone.Name(Input.Language);

    /// <summary>The zones a device has a foot in, the one it is drawn in first.</summary>
    public IReadOnlyList<string> DeviceZones(string deviceId)
    {
        var drawn = Zones.OfDevice(deviceId).Id;
        return Zones.DeviceZones(deviceId).Select(z => z.Id).Prepend(drawn).Distinct(StringComparer.Ordinal).ToArray();
    }
}

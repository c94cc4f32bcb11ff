using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Discovery.Collectors;

/// <summary>ENTITY-MIB entPhysicalTable: chassis, stack members, modules with model, serial and revisions.</summary>
public sealed class EntityCollector : ICollector
{
    private static readonly Oid EntPhysicalEntry = MibText.Oid("1.3.6.1.2.1.47.1.1.1.1");

    private static readonly string[] ClassNames =
    [
        "", "other", "unknown", "chassis", "backplane", "container", "powerSupply", "fan",
        "sensor", "module", "port", "stack", "cpu", "energyObject", "battery", "storageDrive",
    ];

    public string Stage => "entity";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var table = await session.TableAsync(EntPhysicalEntry, [2, 4, 5, 7, 8, 9, 10, 11, 13], cancellationToken).ConfigureAwait(false);
        foreach (var row in table.Rows.Where(r => r.Index.Count == 1))
        {
            long cls = row.Number(5) ?? 2;
            var className = cls >= 0 && cls < ClassNames.Length ? ClassNames[cls] : "unknown";
            device.Components.Add(new DeviceComponent((int)row.Index[0], className, row.Text(7))
            {
                Description = row.Text(2),
                ContainedIn = (int)(row.Number(4) ?? 0),
                HardwareRevision = row.Text(8),
                FirmwareRevision = row.Text(9),
                SoftwareRevision = row.Text(10),
                Serial = row.Text(11),
                Model = row.Text(13),
            });
        }
        return StageResult.Done;
    }
}

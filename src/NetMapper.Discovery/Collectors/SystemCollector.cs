using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;

namespace NetMapper.Discovery.Collectors;

/// <summary>SNMPv2-MIB system group: the first stage; a device that does not answer it is not polled further.</summary>
public sealed class SystemCollector : ICollector
{
    private static readonly Oid Descr = MibText.Oid("1.3.6.1.2.1.1.1.0"), ObjectId = MibText.Oid("1.3.6.1.2.1.1.2.0"),
        UpTime = MibText.Oid("1.3.6.1.2.1.1.3.0"), Contact = MibText.Oid("1.3.6.1.2.1.1.4.0"),
        Name = MibText.Oid("1.3.6.1.2.1.1.5.0"), Location = MibText.Oid("1.3.6.1.2.1.1.6.0"),
        Services = MibText.Oid("1.3.6.1.2.1.1.7.0");

    public string Stage => "system";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        IReadOnlyList<Oid> systemGroup = [Descr, ObjectId, UpTime, Contact, Name, Location, Services];
        var values = await session.GetAsync(systemGroup, cancellationToken).ConfigureAwait(false);
        if (values.Count == 0) throw new SnmpException(SnmpFailure.ErrorStatus, $"{session.Address} has no system group");
        string Text(Oid oid) => values.GetValueOrDefault(oid) is OctetStringValue s ? s.Text : "";
        device.System = new SystemInfo(Text(Descr), values.GetValueOrDefault(ObjectId) is OidValue o ? o.Value.ToString() : "",
            values.GetValueOrDefault(UpTime) is TimeTicksValue t ? t.Ticks : 0, Text(Contact), Text(Name), Text(Location),
            values.GetValueOrDefault(Services) is IntegerValue i ? (int)i.Value : 0);
        return StageResult.Done;
    }
}

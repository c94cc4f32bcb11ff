using NetMapper.Discovery.Definitions;
using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;

namespace NetMapper.Discovery.Collectors;

/// <summary>
/// Chooses the device definition, reads the vendor objects it names, and records vendor, OS, version, model, serial
/// and role.
/// </summary>
public sealed class IdentityCollector(DeviceDefinitions definitions) : ICollector
{
    public string Stage => "identity";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var system = device.System ?? throw new InvalidOperationException("the system stage runs first");
        var definition = definitions.For(system);
        var sources = Enum.GetValues<IdentityFact>().SelectMany(definition.SourcesOf).SelectMany(s => s.WithAppended()).ToArray();
        var gets = sources.Where(s => s.Origin == FactOrigin.Get).ToArray();
        await ReadIntoAsync(session, device, gets.Select(s => s.Index ?? s.Oid!), cancellationToken).ConfigureAwait(false);
        // A get with an index reads the row its index scalar names, known only now.
        var facts = new IdentityFacts(system, device.Components, device.VendorScalars);
        var rows = gets.Where(s => s.Index is not null).Select(s => facts.Row(s.Oid!, s.Index!)).OfType<Oid>();
        await ReadIntoAsync(session, device, rows, cancellationToken).ConfigureAwait(false);
        foreach (var column in sources.Where(s => s.Origin == FactOrigin.Walk).Select(s => s.Oid!).Distinct())
        {
            var walk = await session.WalkAsync(column, cancellationToken).ConfigureAwait(false);
            foreach (var vb in walk) device.VendorScalars[vb.Oid] = vb.Value;
        }
        device.Identity = DeviceIdentifier.Identify(definition, new IdentityFacts(system, device.Components, device.VendorScalars));
        return StageResult.Done;
    }

    private static async Task ReadIntoAsync(
        DeviceSession session, DeviceBuilder device, IEnumerable<Oid> oids, CancellationToken cancellationToken)
    {
        var scalars = oids.Distinct().ToArray();
        if (scalars.Length == 0) return;
        foreach (var (oid, value) in await ReadScalarsAsync(session, scalars, cancellationToken).ConfigureAwait(false))
            device.VendorScalars[oid] = value;
    }

    /// <summary>GETs the scalars; an agent that refuses the batch (genErr, noSuchName in v1) is asked one by one.</summary>
    private static async Task<Dictionary<Oid, SnmpValue>> ReadScalarsAsync(
        DeviceSession session, Oid[] oids, CancellationToken cancellationToken)
    {
        try { return await session.GetAsync(oids, cancellationToken).ConfigureAwait(false); }
        catch (SnmpException e) when (e.Failure == SnmpFailure.ErrorStatus && oids.Length > 1)
        {
            var result = new Dictionary<Oid, SnmpValue>();
            foreach (var oid in oids)
            {
                try
                {
                    var one = await session.GetAsync([oid], cancellationToken).ConfigureAwait(false);
                    foreach (var (key, value) in one) result[key] = value;
                }
                catch (SnmpException single) when (single.Failure == SnmpFailure.ErrorStatus) { }
            }
            return result;
        }
    }
}

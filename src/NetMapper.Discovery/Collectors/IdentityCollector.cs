using NetMapper.Discovery.Profiles;
using NetMapper.Discovery.Snmp;

namespace NetMapper.Discovery.Collectors;

/// <summary>
/// Chooses the vendor profile, reads the vendor objects it needs, and records vendor, OS, version, model, serial and role.
/// </summary>
public sealed class IdentityCollector : ICollector
{
    public string Stage => "identity";

    public async Task<StageResult> CollectAsync(DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var system = device.System ?? throw new InvalidOperationException("the system stage runs first");
        var profile = ProfileRegistry.For(system);
        if (profile.Scalars.Count > 0)
        {
            var scalars = await session.GetAsync(profile.Scalars, cancellationToken).ConfigureAwait(false);
            foreach (var (oid, value) in scalars) device.VendorScalars[oid] = value;
        }
        foreach (var column in profile.Columns)
        {
            var walk = await session.WalkAsync(column, cancellationToken).ConfigureAwait(false);
            foreach (var vb in walk) device.VendorScalars[vb.Oid] = vb.Value;
        }
        device.Identity = profile.Identify(new IdentityFacts(system, device.Components, device.VendorScalars));
        return StageResult.Done;
    }
}

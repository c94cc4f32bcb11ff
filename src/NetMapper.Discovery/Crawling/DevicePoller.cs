using System.Net;
using NetMapper.Discovery.Collectors;
using NetMapper.Discovery.Snmp;
using NetMapper.Snmp;
using NetMapper.Snmp.Transport;
using NetMapper.Topology;

namespace NetMapper.Discovery.Crawling;

/// <summary>
/// Polls one device: finds a credential that answers, then runs every stage. Each stage ends with an outcome and its
/// problems, recorded with the device; a failing stage does not stop the next one, and only the system stage is
/// required. The poll's status comes from the outcomes (<see cref="StatusOf"/>). Never throws for what the device does.
/// </summary>
public sealed class DevicePoller(SnmpClient client, PollOptions options)
{
    /// <summary>The stages in order: bridge before LLDP, whose local ports may be numbered by bridge port.</summary>
    private readonly IReadOnlyList<ICollector> stages =
    [
        new InterfaceCollector(), new EntityCollector(), new IdentityCollector(options.Definitions), new AddressCollector(),
        new BridgeCollector(), new VendorVlanCollector(), new LldpCollector(), new CdpCollector(), new ArpCollector(),
        new RouteCollector(),
    ];

    public async Task<PollResult> PollAsync(
        IPAddress address, IReadOnlyList<SnmpCredentials> credentials, IProgress<string>? stage = null,
        CancellationToken cancellationToken = default)
    {
        var device = new DeviceBuilder(address.ToString());
        device.ManagementAddresses.Add(address.ToString());
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.DeviceBudget);

        stage?.Report("system");
        var (session, used, failure) = await ConnectAsync(address, credentials, device, budget.Token).ConfigureAwait(false);
        if (session is null)
            return new PollResult(device.Freeze(DeviceIds.ForUnreachable(address), failure), null);

        // Credentials refused before one answered stay listed among the problems; they are no stage's outcome.
        var outcomes = new Dictionary<string, StageOutcome>(StringComparer.Ordinal);
        foreach (var collector in stages)
        {
            stage?.Report(collector.Stage);
            var result = await RunStageAsync(collector, session, device, budget.Token, cancellationToken).ConfigureAwait(false);
            outcomes[collector.Stage] = result.Outcome;
            device.Problems.AddRange(result.Problems.Select(p => $"{collector.Stage}: {p}"));
            if (result.Outcome == StageOutcome.TimedOut) break;
        }
        if (device.Identity is null)
        {
            var facts = new Definitions.IdentityFacts(device.System!, device.Components, device.VendorScalars);
            device.Identity = Definitions.DeviceIdentifier.Identify(Definitions.DeviceDefinitions.Generic, facts);
        }
        // A switch with addresses in two or more VLANs routes between them: a layer-3 switch, whatever its model suggested.
        if (device.Identity is { Role: DeviceRole.Switch } identity && HasAddressesInTwoVlans(device))
            device.Identity = identity with { Role = DeviceRole.L3Switch };
        return new PollResult(device.Freeze(DeviceIds.For(device), StatusOf(outcomes.Values)), used) { Stages = outcomes };
    }

    /// <summary>Whether the addresses on VLAN interfaces (ifType 53) lie in two or more networks.</summary>
    private static bool HasAddressesInTwoVlans(DeviceBuilder device)
    {
        var onVlanInterfaces = device.Addresses.Where(a => device.Interfaces.GetValueOrDefault(a.IfIndex)?.Type == 53);
        return onVlanInterfaces.Select(a => a.Prefix.Network).Distinct().Count() >= 2;
    }

    private async Task<StageResult> RunStageAsync(ICollector collector, DeviceSession session, DeviceBuilder device,
        CancellationToken budget, CancellationToken cancellationToken)
    {
        try { return await collector.CollectAsync(session, device, budget).ConfigureAwait(false); }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return StageResult.TimedOut($"the device's time budget of {options.DeviceBudget.TotalSeconds:0} s ran out");
        }
        catch (SnmpException e) { return StageResult.Failed(e.Message); }
    }

    /// <summary>Timed out when the budget ran out in a stage; partial when a stage failed; else done, whatever the device
    /// does not support.</summary>
    public static PollStatus StatusOf(IEnumerable<StageOutcome> outcomes)
    {
        var all = outcomes.ToHashSet();
        if (all.Contains(StageOutcome.TimedOut)) return PollStatus.TimedOut;
        return all.Contains(StageOutcome.Failed) ? PollStatus.Partial : PollStatus.Done;
    }

    private async Task<(DeviceSession?, SnmpCredentials?, PollStatus)> ConnectAsync(
        IPAddress address, IReadOnlyList<SnmpCredentials> credentials, DeviceBuilder device, CancellationToken cancellationToken)
    {
        var failure = PollStatus.Unreachable;
        var system = new SystemCollector();
        for (int i = 0; i < credentials.Count; i++)
        {
            var endPoint = new IPEndPoint(address, options.Port);
            var target = new SnmpTarget(endPoint, credentials[i]) { Timeout = options.Timeout, Retries = options.Retries };
            var session = new DeviceSession(client, target);
            try
            {
                await system.CollectAsync(session, device, cancellationToken).ConfigureAwait(false);
                device.Credential = Describe(credentials[i], i);
                return (session, credentials[i], PollStatus.Done);
            }
            catch (SnmpException e)
            {
                device.Problems.Add($"system: {Describe(credentials[i], i)}: {e.Message}");
                if (IsCredentialRefused(e.Failure)) failure = PollStatus.AuthFailed;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (null, null, PollStatus.TimedOut);
            }
        }
        return (null, null, failure);
    }

    private static bool IsCredentialRefused(SnmpFailure failure) =>
        failure is SnmpFailure.UnknownUser or SnmpFailure.WrongDigest
            or SnmpFailure.DecryptionError or SnmpFailure.UnsupportedSecurityLevel;

    /// <summary>Names a credential without its secret: "v3 netops authPriv", "v2c community #2".</summary>
    public static string Describe(SnmpCredentials credentials, int index) => credentials switch
    {
        UsmCredentials u => $"v3 {u.UserName} {u.Level}",
        CommunityCredentials c => $"{(c.Version == SnmpVersion.V1 ? "v1" : "v2c")} community #{index + 1}",
        _ => "?",
    };
}

/// <summary>A polled device and the credential that answered (null when none did).</summary>
public sealed record PollResult(DeviceSnapshot Snapshot, SnmpCredentials? Credential)
{
    /// <summary>How each stage that ran ended, by stage name; empty when no credential answered.</summary>
    public IReadOnlyDictionary<string, StageOutcome> Stages { get; init; } = new Dictionary<string, StageOutcome>();
}

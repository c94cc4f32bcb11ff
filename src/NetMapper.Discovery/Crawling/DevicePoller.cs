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
/// required. A device that answers is polled to the end however slowly; one that stops answering for the whole
/// <see cref="PollOptions.DeviceBudget"/> ends the poll as timed out. The poll's status comes from the outcomes
/// (<see cref="StatusOf"/>). Never throws for what the device does.
/// </summary>
public sealed class DevicePoller(SnmpClient client, PollOptions options)
{
    /// <summary>The stages of a poll with the built-in definitions.</summary>
    public static IReadOnlyList<ICollector> Stages { get; } = StagesWith(Definitions.DeviceDefinitions.BuiltIn());

    private readonly IReadOnlyList<ICollector> stages = StagesWith(options.Definitions);

    /// <summary>The stages in order: bridge before LLDP, whose local ports may be numbered by bridge port.</summary>
    private static IReadOnlyList<ICollector> StagesWith(Definitions.DeviceDefinitions definitions) =>
    [
        new InterfaceCollector(), new EntityCollector(), new IdentityCollector(definitions), new AddressCollector(),
        new BridgeCollector(), new VendorVlanCollector(), new LldpCollector(), new CdpCollector(), new ArpCollector(),
        new RouteCollector(),
    ];

    public async Task<PollResult> PollAsync(
        IPAddress address, IReadOnlyList<SnmpCredentials> credentials, IProgress<string>? stage = null,
        CancellationToken cancellationToken = default)
    {
        var device = new DeviceBuilder(address.ToString());
        device.ManagementAddresses.Add(address.ToString());

        stage?.Report("system");
        var (session, used, failure) = await ConnectAsync(address, credentials, device, cancellationToken).ConfigureAwait(false);
        if (session is null)
            return new PollResult(device.Freeze(DeviceIds.ForUnreachable(address), failure), null);

        // Credentials refused before one answered stay listed among the problems; they are no stage's outcome.
        var outcomes = new Dictionary<string, StageOutcome>(StringComparer.Ordinal);
        foreach (var collector in stages)
        {
            stage?.Report(collector.Stage);
            var result = await RunStageAsync(collector, session, device, cancellationToken).ConfigureAwait(false);
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

    private static async Task<StageResult> RunStageAsync(
        ICollector collector, DeviceSession session, DeviceBuilder device, CancellationToken cancellationToken)
    {
        StageResult result;
        try { result = await collector.CollectAsync(session, device, cancellationToken).ConfigureAwait(false); }
        catch (SnmpException e) when (e.Failure == SnmpFailure.Timeout)
        {
            // Silent for its whole budget, or silent only to this stage's requests (an agent that hangs on one table):
            // a simple question tells which, so that only a device that answers nothing at all ends the poll.
            bool stillAnswers = await StillAnswersAsync(session, cancellationToken).ConfigureAwait(false);
            result = stillAnswers ? StageResult.Failed(e.Message) : StageResult.TimedOut(e.Message);
        }
        catch (SnmpException e) { result = StageResult.Failed(e.Message); }
        return session.Notes.ApplyTo(result);
    }

    private static readonly Oid SysUpTime = Oid.Parse("1.3.6.1.2.1.1.3.0");

    private static async Task<bool> StillAnswersAsync(DeviceSession session, CancellationToken cancellationToken)
    {
        try
        {
            await session.GetAsync([SysUpTime], cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SnmpException e) when (e.Failure == SnmpFailure.Timeout) { return false; }
        catch (SnmpException) { return true; } // an error-status is an answer
    }

    /// <summary>Timed out when the device stopped answering in a stage; partial when a stage failed; else done, whatever
    /// the device does not support.</summary>
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
            var target = new SnmpTarget(endPoint, credentials[i])
            {
                Timeout = options.Timeout, Retries = options.Retries, Patience = options.DeviceBudget,
            };
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

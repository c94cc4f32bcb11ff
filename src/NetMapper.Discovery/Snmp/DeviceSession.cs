using NetMapper.Snmp;
using NetMapper.Snmp.Transport;

namespace NetMapper.Discovery.Snmp;

/// <summary>
/// Reads scalars and tables from one device with the credential that worked for it. Patience with a slow device lives
/// in the target (<see cref="SnmpTarget.Patience"/>): a request or walk that times out here means the device stayed
/// silent that long, and is thrown. What a walk met without failing is kept in <see cref="Notes"/> for the stage.
/// </summary>
public sealed class DeviceSession(SnmpClient client, SnmpTarget target, SessionNotes? notes = null)
{
    public SnmpTarget Target { get; } = target;
    public string Address => Target.EndPoint.Address.ToString();
    public SessionNotes Notes { get; } = notes ?? new SessionNotes();

    /// <summary>The same device in another context (Cisco per-VLAN bridge instances).</summary>
    public DeviceSession InContext(string context, int? retries = null) =>
        new(client, Target.InContext(context) with { Retries = retries ?? Target.Retries }, Notes);

    /// <summary>GETs scalars; objects the agent lacks are left out of the result.</summary>
    public async Task<Dictionary<Oid, SnmpValue>> GetAsync(IReadOnlyList<Oid> oids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Oid, SnmpValue>();
        // Small batches: some agents answer tooBig or genErr to long GETs.
        foreach (var batch in oids.Chunk(10))
        {
            var response = await client.GetAsync(Target, batch, cancellationToken).ConfigureAwait(false);
            if (response.ErrorStatus == ErrorStatus.NoSuchName && Target.Credentials.Version == SnmpVersion.V1)
            {
                foreach (var oid in batch) // v1 refuses the whole batch for one missing object: ask one by one
                {
                    var single = await client.GetAsync(Target, [oid], cancellationToken).ConfigureAwait(false);
                    if (single.ErrorStatus == ErrorStatus.NoError) Keep(single.Varbinds, result);
                }
                continue;
            }
            if (response.ErrorStatus != ErrorStatus.NoError)
            {
                var message = $"{Address} answered {response.ErrorStatus} to a GET";
                throw new SnmpException(SnmpFailure.ErrorStatus, message) { ErrorStatus = response.ErrorStatus };
            }
            Keep(response.Varbinds, result);
        }
        return result;
    }

    private static void Keep(IEnumerable<Varbind> varbinds, Dictionary<Oid, SnmpValue> into)
    {
        foreach (var vb in varbinds.Where(vb => !vb.Value.IsException && vb.Value.Type != SnmpType.Null)) into[vb.Oid] = vb.Value;
    }

    /// <summary>Walks the given columns of a table entry. A column the agent does not have is simply empty.</summary>
    public async Task<SnmpTable> TableAsync(Oid entry, IEnumerable<uint> columns, CancellationToken cancellationToken)
    {
        var table = new SnmpTable();
        foreach (var column in columns)
        {
            var root = entry.Append(column);
            var walk = await client.WalkAsync(Target, root, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var vb in Rows(walk)) table.Add(column, vb.Oid.IndexAfter(root), vb.Value);
        }
        return table;
    }

    /// <summary>Walks a subtree and returns its varbinds (for vendor tables read whole).</summary>
    public async Task<IReadOnlyList<Varbind>> WalkAsync(Oid root, CancellationToken cancellationToken)
    {
        var walk = await client.WalkAsync(Target, root, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Rows(walk);
    }

    /// <summary>
    /// A walk's rows. A timeout is thrown (the device went silent, or will not answer this subtree), and so is a
    /// failure before any row; a walk that ended otherwise keeps its rows and leaves its problem in the notes.
    /// </summary>
    private IReadOnlyList<Varbind> Rows(WalkResult walk)
    {
        if (walk is { End: WalkEnd.Failed, Error: { } error } && (walk.Varbinds.Count == 0 || error.Failure == SnmpFailure.Timeout))
            throw error;
        if (walk.Problem is { } problem) Notes.Add(problem, incomplete: !walk.Succeeded);
        return walk.Varbinds;
    }
}

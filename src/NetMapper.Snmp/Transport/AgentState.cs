using System.Collections.Concurrent;
using System.Diagnostics;

namespace NetMapper.Snmp.Transport;

/// <summary>
/// What the client has learnt of one agent address: its timeout and window, how long it has been silent, which
/// credentials and contexts it has answered, and the largest GETBULK it has answered whole.
/// </summary>
internal sealed class AgentState(int maxInFlight)
{
    private readonly ConcurrentDictionary<(SnmpCredentials, string), bool> _answered = new();
    private long _silentSince; // Stopwatch timestamp of the first send after the last answer; 0 when not silent
    private int _provenRepetitions;

    public RetransmissionTimer Timer { get; } = new();
    public CongestionWindow Window { get; } = new(maxInFlight);

    /// <summary>Whether this credential and context has had an answer: an agent known to answer it deserves patience.</summary>
    public bool HasAnswered(SnmpTarget target) => _answered.ContainsKey((target.Credentials, target.Context));

    /// <summary>How long the agent has gone without answering anything while asked.</summary>
    public TimeSpan Silence
    {
        get
        {
            long since = Interlocked.Read(ref _silentSince);
            return since == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(since);
        }
    }

    public int ProvenRepetitions => Volatile.Read(ref _provenRepetitions);

    public void OnSend() => Interlocked.CompareExchange(ref _silentSince, Stopwatch.GetTimestamp(), 0);

    public void OnAnswer() => Interlocked.Exchange(ref _silentSince, 0);

    /// <summary>A valid response (not a Report) came back for this credential and context.</summary>
    public void OnResponse(SnmpTarget target) => _answered.TryAdd((target.Credentials, target.Context), true);

    /// <summary>A GETBULK of this many repetitions came back whole: the agent can build answers that large.</summary>
    public void OnWholeBulk(int repetitions)
    {
        int known;
        while (repetitions > (known = Volatile.Read(ref _provenRepetitions))
            && Interlocked.CompareExchange(ref _provenRepetitions, repetitions, known) != known) { }
    }
}

using System.Diagnostics;
using System.Globalization;

namespace NetMapper.Snmp.Transport;

/// <summary>
/// Sending one request until it is answered. Every try gets its own id, and an answer to any earlier try is taken.
/// An agent that has never answered this credential gets the user's tries at the user's timeout, nothing more: an
/// unreachable address or a wrong community fails as fast as asked. An agent that has answered gets its measured
/// timeout, doubled on each loss, and tries until it answers or has been silent for the target's silence limit.
/// Only losses from such agents shrink the windows: a silent wrong community says nothing about congestion.
/// </summary>
public sealed partial class SnmpClient
{
    private async Task<ReceivedMessage> ExchangeAsync(SnmpTarget target, Func<int, byte[]> encode, CancellationToken cancellationToken)
    {
        var agent = AgentFor(target.EndPoint);
        bool patient = agent.HasAnswered(target);
        using var waiter = _channel.Expect(target.EndPoint);
        var sentAt = new Dictionary<int, long>();
        var waits = new List<TimeSpan>();
        while (waits.Count <= target.Retries || patient && agent.Silence < target.SilenceLimit)
        {
            if (waits.Count > 0) Interlocked.Increment(ref _retransmissions);
            if (_rate is not null) using (await _rate.AcquireAsync(1, cancellationToken).ConfigureAwait(false)) { }
            int id = NextId();
            var packet = encode(id);
            waiter.Add(id);
            var wait = TryTimeout(agent, target, patient);
            waits.Add(wait);
            int agentRound = agent.Window.Round, totalRound = _window.Round;
            agent.OnSend();
            sentAt[id] = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _sent);
            await _channel.SendAsync(packet, target.EndPoint, cancellationToken).ConfigureAwait(false);
            try
            {
                var answer = await waiter.Task.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
                agent.Timer.OnSample(Stopwatch.GetElapsedTime(sentAt[answer.Id]));
                agent.OnAnswer();
                agent.Window.OnAnswer();
                _window.OnAnswer();
                return answer;
            }
            catch (TimeoutException) when (patient)
            {
                agent.Timer.OnLoss(wait, MaxTimeout(target));
                agent.Window.OnLoss(agentRound);
                _window.OnLoss(totalRound);
            }
            catch (TimeoutException) { }
        }
        Interlocked.Increment(ref _timeouts);
        throw new SnmpException(SnmpFailure.Timeout, patient ? Stopped(target, agent, waits) : NoAnswer(target, waits));
    }

    /// <summary>The measured timeout within its bounds, or the user's before anything was measured. A credential or
    /// context the agent has not answered yet (a per-VLAN context, say) never gets less than the user's timeout.</summary>
    private TimeSpan TryTimeout(AgentState agent, SnmpTarget target, bool patient)
    {
        if (agent.Timer.Timeout is not { } measured) return target.Timeout;
        var floor = !patient || target.Timeout < _options.MinRetransmissionTimeout ? target.Timeout : _options.MinRetransmissionTimeout;
        return TimeSpan.FromTicks(Math.Clamp(measured.Ticks, floor.Ticks, MaxTimeout(target).Ticks));
    }

    private TimeSpan MaxTimeout(SnmpTarget target) =>
        target.Timeout > _options.MaxRetransmissionTimeout ? target.Timeout : _options.MaxRetransmissionTimeout;

    private static string NoAnswer(SnmpTarget target, List<TimeSpan> waits) => waits.Distinct().Count() == 1
        ? $"no answer from {target.EndPoint} ({waits.Count} tries, {Seconds(waits[0])} s each)"
        : $"no answer from {target.EndPoint} ({waits.Count} tries in {Seconds(Total(waits))} s)";

    private static string Stopped(SnmpTarget target, AgentState agent, List<TimeSpan> waits) =>
        $"{target.EndPoint} stopped answering: nothing for {Seconds(agent.Silence)} s ({waits.Count} tries)";

    private static TimeSpan Total(List<TimeSpan> waits) => TimeSpan.FromTicks(waits.Sum(w => w.Ticks));

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}

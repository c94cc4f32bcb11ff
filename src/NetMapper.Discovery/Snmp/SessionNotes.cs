using NetMapper.Discovery.Collectors;

namespace NetMapper.Discovery.Snmp;

/// <summary>
/// What the walks of one stage met that the collector does not see: an agent answering out of order (all rows kept),
/// or a walk that ended early with the rows before it kept. The poller adds them to the stage's result.
/// </summary>
public sealed class SessionNotes
{
    private readonly List<string> _problems = [];
    private bool _incomplete;

    public void Add(string problem, bool incomplete)
    {
        if (!_problems.Contains(problem)) _problems.Add(problem);
        _incomplete |= incomplete;
    }

    /// <summary>The stage's result with these notes added (a stage with an incomplete walk failed), and the notes cleared.</summary>
    public StageResult ApplyTo(StageResult result)
    {
        if (_problems.Count == 0) return result;
        bool failed = _incomplete && result.Outcome is StageOutcome.Done or StageOutcome.NotSupported;
        var outcome = failed ? StageOutcome.Failed : result.Outcome;
        var merged = new StageResult(outcome, [.. result.Problems, .. _problems.Where(p => !result.Problems.Contains(p))]);
        _problems.Clear();
        _incomplete = false;
        return merged;
    }
}

using System.Net;
using NetMapper.Snmp.Agent;

namespace NetMapper.Snmp.Tests;

/// <summary>Our agent serving the whole corpus on one loopback address (community and v3 context = recording name).</summary>
public sealed class CorpusAgentFixture : IAsyncDisposable
{
    public static readonly UsmCredentials User =
        new("netmapper", AuthProtocol.Sha1, new Secret("authpass123"), PrivProtocol.Aes128, new Secret("privpass123"));
    private readonly Lazy<RecordedAgent> _agent = new(() =>
    {
        var (devices, _) = RecordingLibrary.Load(RepoPaths.CorpusSnmprec);
        return RecordedAgent.Start([AgentLayouts.SingleAddress(new IPEndPoint(IPAddress.Loopback, 0), devices, [User])]);
    });

    public string Address => $"127.0.0.1:{_agent.Value.EndPoints[0].Port}";

    public async ValueTask DisposeAsync()
    {
        if (_agent.IsValueCreated) await _agent.Value.DisposeAsync();
    }
}

/// <summary>Debian's snmpsim serving the corpus, started on first use (its first start indexes for up to half a minute).</summary>
public sealed class SnmpsimFixture : IAsyncDisposable
{
    private readonly Lazy<Task<SnmpsimAgent>> _agent = new(SnmpsimAgent.StartAsync);

    public Task<SnmpsimAgent> Agent => _agent.Value;

    public async ValueTask DisposeAsync()
    {
        if (_agent.IsValueCreated) await (await _agent.Value).DisposeAsync();
    }
}

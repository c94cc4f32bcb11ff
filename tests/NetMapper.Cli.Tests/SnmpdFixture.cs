namespace NetMapper.Cli.Tests;

/// <summary>One Debian snmpd for the tests of a class, started on first use.</summary>
public sealed class SnmpdFixture : IAsyncDisposable
{
    private readonly Lazy<Task<SnmpdAgent>> _agent = new(() => SnmpdAgent.StartAsync());

    public Task<SnmpdAgent> Agent => _agent.Value;

    public async ValueTask DisposeAsync()
    {
        if (_agent.IsValueCreated) await (await _agent.Value).DisposeAsync();
    }
}

using System.Net;
using NetMapper.Snmp.Security;

namespace NetMapper.Snmp.Agent;

/// <summary>A running set of simulated agents, one per address, served from recordings until disposed.</summary>
public sealed class RecordedAgent : IAsyncDisposable
{
    private readonly List<AgentEndpoint> _endpoints;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _loops;

    private RecordedAgent(List<AgentEndpoint> endpoints)
    {
        _endpoints = endpoints;
        _loops = endpoints.Select(e => Task.Run(() => e.ServeAsync(_stop.Token))).ToArray();
    }

    /// <summary>Binds every address first, so that a busy or missing address fails before anything is served.</summary>
    public static RecordedAgent Start(IEnumerable<AgentEndpointSettings> settings)
    {
        var keys = new UsmKeyCache();
        var endpoints = new List<AgentEndpoint>();
        try
        {
            foreach (var s in settings)
            {
                var endpoint = new AgentEndpoint(s, keys);
                endpoints.Add(endpoint);
                try { endpoint.Bind(); }
                catch (System.Net.Sockets.SocketException e)
                {
                    throw new SnmpException(SnmpFailure.Transport, $"cannot listen on {s.EndPoint}: {e.Message}", e);
                }
            }
        }
        catch
        {
            endpoints.ForEach(e => e.Dispose());
            throw;
        }
        return new RecordedAgent(endpoints);
    }

    /// <summary>The bound addresses (with the port the system chose where 0 was asked).</summary>
    public IReadOnlyList<IPEndPoint> EndPoints => _endpoints.Select(e => e.EndPoint).ToArray();

    /// <summary>Responses sent by all addresses so far.</summary>
    public long ResponsesSent => _endpoints.Sum(e => e.Answered);

    /// <summary>Responses sent from one address: tests use it to prove an address was never polled.</summary>
    public long ResponsesSentFrom(IPAddress address) => _endpoints.Where(e => e.EndPoint.Address.Equals(address)).Sum(e => e.Answered);

    /// <summary>Completes when serving stops.</summary>
    public Task Completion => Task.WhenAll(_loops);

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync().ConfigureAwait(false);
        _endpoints.ForEach(e => e.Dispose());
        await Completion.ConfigureAwait(false);
        _stop.Dispose();
    }
}

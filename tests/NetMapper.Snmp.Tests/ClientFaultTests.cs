using NetMapper.Snmp.Transport;

namespace NetMapper.Snmp.Tests;

/// <summary>The client and walker against agents that misbehave as real ones do.</summary>
public class ClientFaultTests
{
    private static readonly Oid Column = Oid.Parse("1.3.6.1.2.1.2.2.1.2");

    private static Pdu Rows(Pdu request, int from, int count) => request.ResponseWith(
        Enumerable.Range(from, count).Select(i => new Varbind(Column.Append((uint)i), OctetStringValue.FromText($"port{i}"))).ToArray());

    [Fact]
    public async Task Answers_With_A_Wrong_Request_Id_Or_From_Another_Port_Are_Dropped()
    {
        await using var agent = new FakeAgent((request, _) =>
        [
            (request with { RequestId = request.RequestId + 1, Type = PduType.Response }, false),
            (Rows(request, 1, 1), true),
            (Rows(request, 7, 1), false),
        ]);
        await using var client = new SnmpClient();
        var target = agent.Target(TimeSpan.FromSeconds(2));
        var response = await client.GetAsync(target, [Column.Append(7)], TestContext.Current.CancellationToken);
        Assert.Equal(Column.Append(7), response.Varbinds[0].Oid);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.True(client.Statistics.Dropped >= 2, $"dropped {client.Statistics.Dropped}");
    }

    [Fact]
    public async Task A_Silent_Agent_Times_Out_After_The_Retries_With_A_Typed_Error()
    {
        await using var agent = new FakeAgent((_, _) => []);
        await using var client = new SnmpClient();
        var target = agent.Target(TimeSpan.FromMilliseconds(100), retries: 2);
        var e = await Assert.ThrowsAsync<SnmpException>(() => client.GetAsync(target, [Column], TestContext.Current.CancellationToken));
        Assert.Equal(SnmpFailure.Timeout, e.Failure);
        Assert.True(e.IsTransient);
        Assert.Equal(3, agent.Requests);
    }

    [Fact]
    public async Task A_Walk_Stops_And_Reports_When_The_Agent_Keeps_Returning_The_Same_Rows()
    {
        // Always rows 1..3: a walk that trusted it would loop forever.
        await using var agent = new FakeAgent((request, _) => [(Rows(request, 1, 3), false)]);
        await using var client = new SnmpClient();
        var walk = await client.WalkAsync(agent.Target(), Column, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(WalkEnd.NonIncreasingOid, walk.End);
        Assert.Equal(3, walk.Varbinds.Count);
        Assert.Contains("out of order", walk.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Walk_Shrinks_Max_Repetitions_On_TooBig_And_On_Timeouts_Of_Large_Requests()
    {
        var seen = new List<int>();
        await using var agent = new FakeAgent((request, _) =>
        {
            lock (seen) seen.Add(request.MaxRepetitions);
            if (request.MaxRepetitions > 12) return [];                                          // drops large replies
            if (request.MaxRepetitions > 4) return [(request.ResponseWith([], ErrorStatus.TooBig), false)];
            int start = request.Varbinds[0].Oid.Length == Column.Length ? 1 : (int)request.Varbinds[0].Oid[^1] + 1;
            return start > 20 ? [(request.ResponseWith([new Varbind(Oid.Parse("1.3.6.1.2.1.2.2.1.3.1"), new IntegerValue(6))]), false)]
                : [(Rows(request, start, Math.Min(request.MaxRepetitions, 21 - start)), false)];
        });
        await using var client = new SnmpClient();
        var target = agent.Target(TimeSpan.FromMilliseconds(100));
        var walk = await client.WalkAsync(target, Column, new WalkOptions { MaxRepetitions = 50 }, TestContext.Current.CancellationToken);
        Assert.Equal(WalkEnd.EndOfSubtree, walk.End);
        Assert.Equal(20, walk.Varbinds.Count);
        Assert.Equal(50, seen[0]);
        Assert.Contains(seen, m => m is > 4 and <= 12); // shrunk by the timeout, then by tooBig
        var afterFirstRefusal = seen.Skip(seen.FindIndex(m => m <= 4));
        Assert.All(afterFirstRefusal, m => Assert.True(m <= 4, $"repetitions grew back to {m}, a size already refused"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Requests_In_Flight_To_One_Agent_Never_Exceed_The_Limit(int limit)
    {
        await using var agent = new FakeAgent((request, _) => [(Rows(request, 1, 1), false)], answerDelay: TimeSpan.FromMilliseconds(50));
        await using var client = new SnmpClient(new SnmpClientOptions { MaxInFlightPerAgent = limit });
        var target = agent.Target(TimeSpan.FromSeconds(2));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync(target, [Column], TestContext.Current.CancellationToken)));
        Assert.Equal(8, agent.Requests);
        Assert.Equal(limit, agent.MaxOutstanding);
    }

    [Fact]
    public async Task A_Request_Rate_Limit_Spreads_Requests_Over_Time()
    {
        await using var agent = new FakeAgent((request, _) => [(Rows(request, 1, 1), false)]);
        var watch = System.Diagnostics.Stopwatch.StartNew(); // before the client: its token bucket starts filling when built
        await using var client = new SnmpClient(new SnmpClientOptions { MaxRequestsPerSecond = 100, MaxInFlightPerAgent = 8 });
        var target = agent.Target(TimeSpan.FromSeconds(5));
        await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => client.GetAsync(target, [Column], TestContext.Current.CancellationToken)));
        // A burst of 10, then 10 per 100 ms: the last of 30 cannot leave before 200 ms (a lower bound, not a benchmark).
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(190),
            $"30 requests at 100/s took only {watch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(30, agent.Requests);
    }

    [Fact]
    public async Task Cancellation_Stops_A_Request_At_Once()
    {
        await using var agent = new FakeAgent((_, _) => []);
        await using var client = new SnmpClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var target = agent.Target(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(target, [Column], cts.Token));
    }
}

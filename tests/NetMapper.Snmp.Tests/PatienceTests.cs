using System.Net;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;

namespace NetMapper.Snmp.Tests;

/// <summary>An agent that has answered is waited for: its walks resume after silences; only a sustained silence ends them.</summary>
public class PatienceTests
{
    private static readonly Oid Column = Oid.Parse("1.3.6.1.2.1.2.2.1.2");

    /// <summary>Two rows after the request's OID, up to row 20, then the next column.</summary>
    private static Pdu TwoRowsAfter(Pdu request)
    {
        var oid = request.Varbinds[0].Oid;
        int from = oid.Length == Column.Length ? 1 : (int)oid[^1] + 1;
        var rows = Enumerable.Range(from, Math.Max(0, Math.Min(2, 21 - from)))
            .Select(i => new Varbind(Column.Append((uint)i), OctetStringValue.FromText($"port{i}"))).ToList();
        if (rows.Count < 2) rows.Add(new Varbind(Oid.Parse("1.3.6.1.2.1.2.2.1.3.1"), new IntegerValue(6)));
        return request.ResponseWith(rows);
    }

    [Fact]
    public async Task A_Walk_Resumes_From_The_Last_Oid_Received_After_The_Agent_Falls_Silent()
    {
        int askedAfterRow4 = 0;
        await using var agent = new FakeAgent((request, _) =>
        {
            bool silent = request.Varbinds[0].Oid == Column.Append(4) && Interlocked.Increment(ref askedAfterRow4) <= 4;
            return silent ? [] : [(TwoRowsAfter(request), false)]; // silent to the first four requests after row 4
        });
        await using var client = new SnmpClient();
        var target = agent.Target(TimeSpan.FromMilliseconds(100)) with { Patience = TimeSpan.FromSeconds(30) };

        var walk = await client.WalkAsync(target, Column, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(WalkEnd.EndOfSubtree, walk.End);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => Column.Append((uint)i)), walk.Varbinds.Select(v => v.Oid));
        Assert.True(askedAfterRow4 >= 5, $"asked after row 4 only {askedAfterRow4} times: the walk did not resume there");
        Assert.Null(walk.Problem); // nothing asked again from an earlier row
    }

    [Fact]
    public async Task A_Walk_Ends_Only_When_The_Agent_Stays_Silent_For_Its_Silence_Limit()
    {
        int askedAfterRow4 = 0;
        await using var agent = new FakeAgent((request, _) =>
        {
            if (request.Varbinds[0].Oid != Column.Append(4)) return [(TwoRowsAfter(request), false)];
            Interlocked.Increment(ref askedAfterRow4);
            return []; // stops answering after row 4
        });
        await using var client = new SnmpClient();
        var target = agent.Target(TimeSpan.FromMilliseconds(100)) with { Patience = TimeSpan.FromSeconds(1) };

        var walk = await client.WalkAsync(target, Column, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(WalkEnd.Failed, walk.End);
        Assert.Equal(SnmpFailure.Timeout, walk.Error!.Failure);
        Assert.Contains("stopped answering", walk.Problem, StringComparison.Ordinal);
        Assert.Equal(4, walk.Varbinds.Count); // the rows before the silence are kept
        Assert.True(askedAfterRow4 > 2, $"asked after row 4 only {askedAfterRow4} times: the silent agent was not retried");
    }

    [Fact]
    public async Task Every_Try_Has_Its_Own_Request_Id_And_A_Late_Answer_To_An_Earlier_Try_Counts()
    {
        await using var agent = new FakeAgent((request, number) => number == 1 ? [(TwoRowsAfter(request), false)] : [],
            answerDelay: TimeSpan.FromMilliseconds(300)); // only the first try is answered, late
        await using var client = new SnmpClient();
        var target = agent.Target(TimeSpan.FromMilliseconds(100), retries: 20);

        var response = await client.GetNextAsync(target, [Column], TestContext.Current.CancellationToken);

        Assert.Equal(Column.Append(1), response.Varbinds[0].Oid);
        var ids = agent.RequestIds;
        Assert.True(ids.Count >= 2, "the late answer came before any retransmission: the test proves nothing");
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Losses_Shrink_The_Windows_And_Answers_Grow_Them_Back()
    {
        await using var agent = new FakeAgent((request, number) => number is >= 2 and <= 9 ? [] : [(TwoRowsAfter(request), false)],
            answerDelay: TimeSpan.FromMilliseconds(20));
        await using var client = new SnmpClient(new SnmpClientOptions { MaxInFlightPerAgent = 8 });
        var target = agent.Target(TimeSpan.FromMilliseconds(200), retries: 5);
        var cancellationToken = TestContext.Current.CancellationToken;
        await client.GetNextAsync(target, [Column], cancellationToken); // answered: its losses now mean congestion

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetNextAsync(target, [Column], cancellationToken)));
        var afterLoss = client.WindowLimits(agent.EndPoint);
        Assert.InRange(afterLoss.PerAgent, 1, 7);
        Assert.InRange(afterLoss.Total, 1, 255);

        for (int i = 0; i < 10; i++)
            await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetNextAsync(target, [Column], cancellationToken)));
        var recovered = client.WindowLimits(agent.EndPoint);
        Assert.Equal(8, recovered.PerAgent);
        Assert.True(recovered.Total > afterLoss.Total, $"the overall window stayed at {recovered.Total}");
    }

    [Fact]
    public async Task A_Walk_Of_An_Agent_Answering_One_Request_In_Three_Returns_Every_Row()
    {
        Requires.Corpus();
        var recording = SnmprecReader.Read(Path.Combine(RepoPaths.CorpusSnmprec, "junos_qfx5100.snmprec")).Recording;
        var settings = new AgentEndpointSettings(new IPEndPoint(IPAddress.Loopback, 0),
            new Dictionary<string, Recording> { ["lossy"] = recording }, new Dictionary<string, Recording>(), []) { AnswerEvery = 3 };
        await using var served = RecordedAgent.Start([settings]);
        await using var client = new SnmpClient();
        var target = new SnmpTarget(served.EndPoints[0], CommunityCredentials.V2c("lossy"))
        {
            Timeout = TimeSpan.FromMilliseconds(500), Patience = TimeSpan.FromSeconds(60),
        };
        var root = Oid.Parse("1.3.6.1.2.1.2.2"); // ifTable

        var walk = await client.WalkAsync(target, root, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(walk.Succeeded, walk.Problem);
        Assert.Equal(recording.Varbinds.Where(v => v.Oid.StartsWith(root)).Select(v => v.Oid), walk.Varbinds.Select(v => v.Oid));
        Assert.True(client.Statistics.Retransmissions > 0);
    }
}

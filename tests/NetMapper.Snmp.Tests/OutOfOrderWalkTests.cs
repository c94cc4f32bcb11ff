using NetMapper.Snmp.Transport;

namespace NetMapper.Snmp.Tests;

/// <summary>
/// An agent serving its table in the order of a recording that lists three rows out of order (as snmpsim serves Cisco
/// FTD's ipAddrTable): the walk keeps every row, goes on past them, and says the agent answers out of order.
/// </summary>
public class OutOfOrderWalkTests
{
    private static readonly Oid IfIndexColumn = Oid.Parse("1.3.6.1.2.1.4.20.1.2");
    private static readonly string[] Addresses = ["10.0.0.1", "172.16.42.1", "192.168.1.1", "1.1.1.1", "2.2.2.2", "3.3.3.3"];

    /// <summary>Two columns of rows in the recording's order, then one more object.</summary>
    private static readonly Varbind[] FileOrder =
    [
        .. Addresses.Select((a, i) => new Varbind(Oid.Parse($"{IfIndexColumn}.{a}"), new IntegerValue(10 + i))),
        .. Addresses.Select(a => new Varbind(Oid.Parse($"1.3.6.1.2.1.4.20.1.3.{a}"), new IntegerValue(24))),
        new Varbind(Oid.Parse("1.3.6.1.2.1.4.21.1.1.0.0.0.0"), new IntegerValue(1)),
    ];

    /// <summary>As snmpsim: the line after the requested OID in the file, or the first line greater than it when absent.</summary>
    private static Varbind NextInFile(Oid oid)
    {
        int at = Array.FindIndex(FileOrder, v => v.Oid == oid);
        int next = at >= 0 ? at + 1 : Array.FindIndex(FileOrder, v => v.Oid > oid);
        return next >= 0 && next < FileOrder.Length ? FileOrder[next] : new Varbind(oid, NullValue.EndOfMibView);
    }

    private static Pdu Answer(Pdu request)
    {
        int count = request.Type == PduType.GetBulkRequest ? Math.Max(1, request.MaxRepetitions) : 1;
        var rows = new List<Varbind>();
        var cursor = request.Varbinds[0].Oid;
        for (int i = 0; i < count; i++)
        {
            var next = NextInFile(cursor);
            rows.Add(next);
            if (next.Value.Type == SnmpType.EndOfMibView) break;
            cursor = next.Oid;
        }
        return request.ResponseWith(rows);
    }

    [Theory]
    [InlineData(false, 25)]
    [InlineData(false, 2)]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    public async Task Rows_Out_Of_Order_Are_Kept_And_The_Walk_Goes_On_Past_Them(bool getNext, int repetitions)
    {
        await using var agent = new FakeAgent((request, _) => [(Answer(request), false)]);
        await using var client = new SnmpClient();
        var options = new WalkOptions { UseGetNext = getNext, MaxRepetitions = repetitions };

        var walk = await client.WalkAsync(agent.Target(TimeSpan.FromSeconds(2)), Oid.Parse("1.3.6.1.2.1.4.20"), options,
            TestContext.Current.CancellationToken);

        var expected = FileOrder.Take(12).Select(v => v.Oid).Order();
        Assert.Equal(expected, walk.Varbinds.Select(v => v.Oid));
        Assert.Equal(WalkEnd.EndOfSubtree, walk.End);
        Assert.True(walk.OutOfOrder);
        Assert.True(walk.Succeeded);
        Assert.Equal("agent returns OIDs out of order", walk.Problem);
    }

    [Fact]
    public async Task A_Walk_In_Order_Has_No_Problem()
    {
        await using var agent = new FakeAgent((request, _) => [(Answer(request), false)]);
        await using var client = new SnmpClient();

        var walk = await client.WalkAsync(agent.Target(TimeSpan.FromSeconds(2)), Oid.Parse("1.3.6.1.2.1.4.21"),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Single(walk.Varbinds);
        Assert.False(walk.OutOfOrder);
        Assert.Null(walk.Problem);
    }

    [Fact]
    public async Task An_Agent_Cycling_Between_Two_Oids_Is_Stopped_By_The_Loop_Guard()
    {
        var a = IfIndexColumn.Append(1);
        var b = IfIndexColumn.Append(2);
        await using var agent = new FakeAgent((request, _) =>
        {
            var next = request.Varbinds[0].Oid == a ? b : a; // a -> b -> a -> ...
            return [(request.ResponseWith([new Varbind(next, new IntegerValue(1))]), false)];
        });
        await using var client = new SnmpClient();

        var walk = await client.WalkAsync(agent.Target(TimeSpan.FromSeconds(2)), IfIndexColumn, new WalkOptions { UseGetNext = true },
            TestContext.Current.CancellationToken);

        Assert.Equal(WalkEnd.NonIncreasingOid, walk.End);
        Assert.Equal([a, b], walk.Varbinds.Select(v => v.Oid));
        Assert.Equal("agent returns OIDs out of order", walk.Problem);
        Assert.InRange(agent.Requests, 3, 20);
    }
}

using NetMapper.Snmp.Transport;

namespace NetMapper.Snmp.Tests;

/// <summary>The in-flight limit halves on loss once per round of sends and grows back with the answers (AIMD).</summary>
public class CongestionWindowTests
{
    private static async Task<CongestionWindow> FullWindowAsync(int size)
    {
        var window = new CongestionWindow(size);
        for (int i = 0; i < size; i++) await window.EnterAsync(TestContext.Current.CancellationToken);
        return window;
    }

    [Fact]
    public async Task Losses_Of_One_Round_Halve_The_Window_Once()
    {
        var window = await FullWindowAsync(8);
        int round = window.Round;
        for (int i = 0; i < 8; i++) window.OnLoss(round);
        Assert.Equal(4, window.Limit);
        window.OnLoss(window.Round); // a try sent after the reduction and lost too: another halving
        Assert.Equal(2, window.Limit);
    }

    [Fact]
    public async Task The_Window_Never_Falls_Below_Its_Floor()
    {
        var window = new CongestionWindow(16, floor: 2);
        await window.EnterAsync(TestContext.Current.CancellationToken);
        for (int i = 0; i < 10; i++) window.OnLoss(window.Round);
        Assert.Equal(2, window.Limit);
    }

    [Fact]
    public async Task Answers_Grow_The_Window_Back_To_Its_Ceiling_And_No_Further()
    {
        var window = await FullWindowAsync(8);
        window.OnLoss(window.Round);
        Assert.Equal(4, window.Limit);
        window.OnAnswer();
        Assert.Equal(4, window.Limit); // past half the old size: a quarter per answer at 4
        for (int i = 0; i < 100; i++) window.OnAnswer();
        Assert.Equal(8, window.Limit);
    }

    [Fact]
    public async Task A_Request_Waits_While_The_Window_Is_Full_And_Enters_When_One_Leaves()
    {
        var window = await FullWindowAsync(2);
        var waiting = window.EnterAsync(TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);
        window.Leave();
        await waiting;
    }

    [Fact]
    public async Task A_Shrunk_Window_Admits_No_One_Until_Enough_Requests_Leave()
    {
        var window = await FullWindowAsync(4);
        window.OnLoss(window.Round); // limit 2 with 4 in flight
        var waiting = window.EnterAsync(TestContext.Current.CancellationToken);
        window.Leave();
        window.Leave();
        Assert.False(waiting.IsCompleted); // 2 still in flight: at the limit
        window.Leave();
        await waiting;
    }

    [Fact]
    public async Task A_Cancelled_Wait_Leaves_The_Queue()
    {
        var window = await FullWindowAsync(1);
        using var cancel = new CancellationTokenSource();
        var waiting = window.EnterAsync(cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        window.Leave();
        await window.EnterAsync(TestContext.Current.CancellationToken); // the cancelled waiter took no slot
        Assert.Equal(1, window.Limit);
    }
}

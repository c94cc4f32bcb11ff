using NetMapper.Snmp.Transport;

namespace NetMapper.Snmp.Tests;

/// <summary>The retransmission timeout follows RFC 6298: measured, backed off on loss, restored by the next answer.</summary>
public class RetransmissionTimerTests
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);

    [Fact]
    public void Nothing_Is_Measured_Before_The_First_Answer_And_A_Loss_Then_Changes_Nothing()
    {
        var timer = new RetransmissionTimer();
        timer.OnLoss(TimeSpan.FromSeconds(2), Ceiling);
        Assert.Null(timer.Timeout);
    }

    [Fact]
    public void The_First_Answer_Sets_The_Timeout_To_Three_Round_Trips()
    {
        var timer = new RetransmissionTimer();
        timer.OnSample(TimeSpan.FromMilliseconds(100)); // SRTT 100, RTTVAR 50: 100 + 4 × 50
        Assert.Equal(TimeSpan.FromMilliseconds(300), timer.Timeout);
    }

    [Fact]
    public void Steady_Answers_Bring_The_Timeout_Down_Towards_The_Round_Trip()
    {
        var timer = new RetransmissionTimer();
        for (int i = 0; i < 50; i++) timer.OnSample(TimeSpan.FromMilliseconds(100));
        Assert.InRange(timer.Timeout!.Value.TotalMilliseconds, 100, 101);
    }

    [Fact]
    public void A_Loss_Doubles_The_Timeout_Up_To_The_Ceiling_And_The_Next_Answer_Restores_It()
    {
        var timer = new RetransmissionTimer();
        timer.OnSample(TimeSpan.FromMilliseconds(100));
        timer.OnLoss(TimeSpan.FromMilliseconds(300), Ceiling);
        Assert.Equal(TimeSpan.FromMilliseconds(600), timer.Timeout);
        timer.OnLoss(TimeSpan.FromSeconds(20), Ceiling);
        Assert.Equal(Ceiling, timer.Timeout);
        timer.OnSample(TimeSpan.FromMilliseconds(100));
        Assert.True(timer.Timeout < TimeSpan.FromMilliseconds(600), $"still backed off: {timer.Timeout}");
    }

    [Fact]
    public void Tries_Lost_Together_Double_The_Timeout_Once()
    {
        var timer = new RetransmissionTimer();
        timer.OnSample(TimeSpan.FromMilliseconds(100));
        for (int i = 0; i < 8; i++) timer.OnLoss(TimeSpan.FromMilliseconds(300), Ceiling); // eight requests sent with 300 ms
        Assert.Equal(TimeSpan.FromMilliseconds(600), timer.Timeout);
    }
}

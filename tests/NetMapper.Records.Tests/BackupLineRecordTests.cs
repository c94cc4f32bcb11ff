namespace NetMapper.Records.Tests;

public class BackupLineRecordTests
{
    [Fact]
    public void A_Lag_Parallel_Cables_A_Standby_Link_And_Alternate_Routes_Are_Each_A_Backup_Line()
    {
        var backup = SmallOffice.Record("backup-lines");

        Assert.Equal(
        [
            "LAG | core1 — core2 | Te1/0/1 — Te1/0/1, Te1/0/2 — Te1/0/2 | 2 members back each other up | LLDP (confidence: high)",
            "Parallel links | core1 — acc1 | Gi1/0/3 — Gi0/1, Gi1/0/4 — Gi0/2 | redundant cables | CDP, LLDP (confidence: medium)",
            "Standby (spanning tree) | core2 — acc1 | Gi1/0/3 — Gi0/48 | blocked until the active path fails | (confidence: low)",
            "Alternate routes | 172.20.0.0/16 | rtr1, rtr2 | reachable through 2 routers | routing tables of core1",
            "Alternate routes | 198.51.100.0/24 | 192.0.2.9, rtr1 | reachable through 2 routers | routing tables of core1",
        ], SmallOffice.Lines(backup));
    }

    [Fact]
    public void A_Destination_With_One_Next_Hop_Is_No_Backup_Line()
    {
        var destinations = SmallOffice.Record("backup-lines").Rows.Select(r => r[1]).ToArray();

        Assert.DoesNotContain("10.0.0.0/8", destinations);
        Assert.DoesNotContain("10.1.10.0/24", destinations);
    }

    [Fact]
    public void Backup_Lines_Are_Described_In_Chinese_When_Asked()
    {
        var backup = SmallOffice.Record("backup-lines", "zh-TW");

        Assert.Equal(["鏈路聚合", "並行鏈路", "備援 (生成樹阻斷)", "備援路由", "備援路由"],
            backup.Rows.Select(r => r[0]));
        Assert.Equal("2 條成員互為備援", backup.Rows[0][3]);
        Assert.Equal("可經 2 台設備到達", backup.Rows[3][3]);
        string[] evidence =
        [
            "LLDP（可信度：高）", "CDP、LLDP（可信度：中）", "（可信度：低）",
            "core1 的路由表", "core1 的路由表",
        ];
        Assert.Equal(evidence, backup.Rows.Select(r => r[4].Text));
    }
}

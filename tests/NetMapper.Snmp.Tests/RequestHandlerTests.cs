using NetMapper.Snmp.Agent;

namespace NetMapper.Snmp.Tests;

public class RequestHandlerTests
{
    private static readonly Recording Table = new("t", Enumerable.Range(1, 500).Select(i =>
        new Varbind(Oid.Parse($"1.3.6.1.2.1.2.2.1.2.{i}"), OctetStringValue.FromText($"GigabitEthernet1/0/{i}"))).Append(
        new Varbind(Oid.Parse("1.3.6.1.2.1.31.1.1.1.6.1"), UnsignedValue.Counter64(5))));

    [Fact]
    public void A_GetBulk_Too_Large_For_The_Message_Is_Answered_With_As_Many_Varbinds_As_Fit()
    {
        var request = Pdu.GetBulk(1, 0, 500, [Oid.Parse("1.3.6.1.2.1.2.2.1.2")]);
        var response = RequestHandler.Handle(Table, request, SnmpVersion.V2c, varbindBudget: 1000)!;
        Assert.Equal(ErrorStatus.NoError, response.ErrorStatus);
        Assert.InRange(response.Varbinds.Count, 10, 40);
        Assert.True(response.Varbinds.Sum(RequestHandler.EncodedSize) <= 1000);
        Assert.Equal(Oid.Parse("1.3.6.1.2.1.2.2.1.2.1"), response.Varbinds[0].Oid);
    }

    [Fact]
    public void A_GetBulk_With_Room_For_Nothing_Gets_TooBig_Rather_Than_An_Empty_Answer()
    {
        var request = Pdu.GetBulk(1, 0, 5, [Oid.Parse("1.3.6.1.2.1.2.2.1.2")]);
        var response = RequestHandler.Handle(Table, request, SnmpVersion.V2c, varbindBudget: 10)!;
        Assert.Equal(ErrorStatus.TooBig, response.ErrorStatus);
    }

    [Fact]
    public void GetBulk_Stops_At_The_End_With_EndOfMibView_And_Honours_NonRepeaters()
    {
        var request = Pdu.GetBulk(1, 1, 3, [Oid.Parse("1.3.6.1.2.1.1"), Oid.Parse("1.3.6.1.2.1.31.1.1.1.6")]);
        var response = RequestHandler.Handle(Table, request, SnmpVersion.V2c, 65000)!;
        Assert.Equal(Oid.Parse("1.3.6.1.2.1.2.2.1.2.1"), response.Varbinds[0].Oid); // the non-repeater
        Assert.Equal(Oid.Parse("1.3.6.1.2.1.31.1.1.1.6.1"), response.Varbinds[1].Oid);
        Assert.Equal(SnmpType.EndOfMibView, response.Varbinds[2].Value.Type);
        Assert.Equal(3, response.Varbinds.Count);
    }

    [Fact]
    public void Get_Distinguishes_NoSuchInstance_From_NoSuchObject()
    {
        var request = Pdu.Get(1, [Oid.Parse("1.3.6.1.2.1.2.2.1.2.999"), Oid.Parse("1.3.6.1.2.1.1.5.0")]);
        var response = RequestHandler.Handle(Table, request, SnmpVersion.V2c, 65000)!;
        Assert.Equal(SnmpType.NoSuchInstance, response.Varbinds[0].Value.Type);
        Assert.Equal(SnmpType.NoSuchObject, response.Varbinds[1].Value.Type);
    }

    [Fact]
    public void Snmpv1_Uses_NoSuchName_And_Never_Returns_Counter64()
    {
        var get = RequestHandler.Handle(Table, Pdu.Get(1, [Oid.Parse("1.3.6.1.2.1.31.1.1.1.6.1")]), SnmpVersion.V1, 65000)!;
        Assert.Equal((ErrorStatus.NoSuchName, 1), (get.ErrorStatus, get.ErrorIndex));
        var next = RequestHandler.Handle(Table, Pdu.GetNext(1, [Oid.Parse("1.3.6.1.2.1.2.2.1.2.500")]), SnmpVersion.V1, 65000)!;
        Assert.Equal(ErrorStatus.NoSuchName, next.ErrorStatus);
        Assert.Null(RequestHandler.Handle(Table, Pdu.GetBulk(1, 0, 5, [Oid.Parse("1.3")]), SnmpVersion.V1, 65000));
    }

    [Fact]
    public void Set_Is_Refused_Because_Recordings_Are_Read_Only()
    {
        var set = new Pdu(PduType.SetRequest, 1, 0, 0, [new Varbind(Oid.Parse("1.3.6.1.2.1.1.5.0"), OctetStringValue.FromText("x"))]);
        Assert.Equal(ErrorStatus.NotWritable, RequestHandler.Handle(Table, set, SnmpVersion.V2c, 65000)!.ErrorStatus);
    }
}

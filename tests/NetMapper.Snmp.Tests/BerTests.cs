using System.Net;
using NetMapper.Snmp.Ber;

namespace NetMapper.Snmp.Tests;

public class BerTests
{
    private static readonly SnmpValue[] EveryType =
    [
        new IntegerValue(-2147483648), new IntegerValue(0), new IntegerValue(2147483647),
        OctetStringValue.FromText("Cisco IOS 15.0"), new OctetStringValue([0x00, 0x1A, 0x2B, 0xFF]), new OctetStringValue([]),
        NullValue.Null, new OidValue(Oid.Parse("1.3.6.1.4.1.9.1.1208")), new IpAddressValue(IPAddress.Parse("10.20.30.40")),
        UnsignedValue.Counter32(uint.MaxValue), UnsignedValue.Gauge32(1_000_000_000), new TimeTicksValue(718475737),
        new OctetStringValue([0x9F, 0x78, 0x04, 0x3F, 0x80, 0x00, 0x00], SnmpType.Opaque), UnsignedValue.Counter64(ulong.MaxValue),
        NullValue.NoSuchObject, NullValue.NoSuchInstance, NullValue.EndOfMibView,
    ];

    [Fact]
    public void Every_Value_Type_Survives_A_Round_Trip_In_Every_Pdu_Type()
    {
        var varbinds = EveryType.Select((v, i) => new Varbind(Oid.Parse($"1.3.6.1.2.1.99.{i}"), v)).ToArray();
        PduType[] types =
        [
            PduType.GetRequest, PduType.GetNextRequest, PduType.Response, PduType.SetRequest,
            PduType.GetBulkRequest, PduType.InformRequest, PduType.TrapV2, PduType.Report,
        ];
        foreach (var type in types)
        {
            var message = new CommunityMessage(SnmpVersion.V2c, "public"u8.ToArray(), new Pdu(type, 77, 1, 2, varbinds));
            var decoded = (CommunityMessage)MessageCodec.Decode(MessageCodec.Encode(message)).Message;
            var pdu = Assert.IsType<Pdu>(decoded.Pdu);
            Assert.Equal(type, pdu.Type);
            Assert.Equal(77, pdu.RequestId);
            Assert.Equal(varbinds, pdu.Varbinds);
        }
    }

    [Fact]
    public void A_V1_Trap_Decodes()
    {
        var ifIndex3 = new Varbind(Oid.Parse("1.3.6.1.2.1.2.2.1.1.3"), new IntegerValue(3));
        var trap = new TrapV1Pdu(Oid.Parse("1.3.6.1.4.1.9"), [10, 0, 0, 1], 2, 0, 12345, [ifIndex3]);
        var packet = MessageCodec.Encode(new CommunityMessage(SnmpVersion.V1, "public"u8.ToArray(), trap));
        var decoded = (CommunityMessage)MessageCodec.Decode(packet).Message;
        var back = Assert.IsType<TrapV1Pdu>(decoded.Pdu);
        Assert.Equal(trap.Enterprise, back.Enterprise);
        Assert.Equal(2, back.GenericTrap);
        Assert.Equal(12345u, back.TimeStamp);
        Assert.Equal(trap.Varbinds, back.Varbinds);
    }

    [Fact]
    public void Non_Minimal_Integers_Long_Form_Lengths_And_Sign_Bit_Counters_Are_Read_As_Agents_Mean_Them()
    {
        byte[] varbind = [.. Hex("060A2B060102010202010A01"), .. Hex("4104FFFFFFFE")]; // ifInOctets.1 = Counter32 with the sign bit set
        byte[] requestIdAndErrors = [.. Hex("020400000005"), .. Hex("020100020100")]; // request-id 5 in four octets
        byte[] pdu = Tlv(0xA2, [.. requestIdAndErrors, .. Tlv(0x30, Tlv(0x30, varbind))]);
        byte[] body = [.. Hex("020400000001"), .. Hex("0403707562"), .. pdu]; // version 1 (v2c) in four octets
        byte[] packet = [0x30, 0x82, (byte)(body.Length >> 8), (byte)body.Length, .. body]; // long-form length where one octet would do

        var message = (CommunityMessage)MessageCodec.Decode(packet).Message;
        var response = (Pdu)message.Pdu;
        Assert.Equal(SnmpVersion.V2c, message.Version);
        Assert.Equal(5, response.RequestId);
        Assert.Equal(UnsignedValue.Counter32(4294967294), response.Varbinds[0].Value);
        Assert.Equal(-1L, BerReader.DecodeSigned([0xFF, 0xFF, 0xFF], "INTEGER"));
    }

    private static byte[] Hex(string hex) => Convert.FromHexString(hex);
    private static byte[] Tlv(byte tag, byte[] content) => [tag, (byte)content.Length, .. content];

    [Theory]
    [InlineData("", "empty packet")]
    [InlineData("3005020101", "truncated")]
    [InlineData("30820FFF020101", "length past the end")]
    [InlineData("300302010504", "trailing garbage")]
    [InlineData("3080020101040000", "indefinite length")]
    [InlineData("3008020109040170A200", "unknown version")]
    [InlineData("3011020101040170A609020100020100020100", "PDU missing varbinds")]
    public void Malformed_Packets_Give_A_Typed_Decode_Error(string hex, string why)
    {
        var e = Assert.Throws<SnmpDecodeException>(() => MessageCodec.Decode(Convert.FromHexString(hex)));
        Assert.Equal(SnmpFailure.MalformedPacket, e.Failure);
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public void An_Oid_With_An_Overlong_Sub_Identifier_Is_Rejected_Not_Wrapped()
    {
        Assert.Throws<SnmpDecodeException>(() => OidCodec.DecodeContent([0x2B, 0x90, 0x80, 0x80, 0x80, 0x00]));
        Assert.Equal(Oid.Parse("1.3.4294967295"), OidCodec.DecodeContent([0x2B, 0x8F, 0xFF, 0xFF, 0xFF, 0x7F]));
    }

    [Fact]
    public void Net_Snmp_Formats_Are_Kept_For_Printed_Values()
    {
        Assert.Equal("Timeticks: (8675309) 1 day, 0:05:53.09", new TimeTicksValue(8675309).Format());
        Assert.Equal("Timeticks: (42) 0:00:00.42", new TimeTicksValue(42).Format());
        Assert.Equal("Hex-STRING: 00 1A 2B", new OctetStringValue([0x00, 0x1A, 0x2B]).Format());
        Assert.Equal("STRING: \"eth0\"", OctetStringValue.FromText("eth0").Format());
        Assert.Equal("No more variables left in this MIB View (It is past the end of the MIB tree)", NullValue.EndOfMibView.Format());
    }
}

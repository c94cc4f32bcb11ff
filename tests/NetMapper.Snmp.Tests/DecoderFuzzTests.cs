using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Ber;
using NetMapper.Snmp.Security;

namespace NetMapper.Snmp.Tests;

/// <summary>Random and mutated packets never make the decoder or the agent throw anything but the typed decode error.</summary>
public class DecoderFuzzTests
{
    private const int Iterations = 100_000;

    [Fact]
    public void Random_And_Mutated_Packets_Only_Ever_Give_The_Typed_Decode_Error()
    {
        var random = new Random(20261127);
        var seeds = SeedPackets();
        var agent = FuzzAgent();
        int decoded = 0, rejected = 0;
        for (int i = 0; i < Iterations; i++)
        {
            var packet = i % 4 == 0 ? RandomBytes(random) : Mutate(random, seeds[random.Next(seeds.Length)]);
            try
            {
                MessageCodec.Decode(packet);
                decoded++;
            }
            catch (SnmpDecodeException) { rejected++; }
            agent.Process(packet); // the agent swallows what it cannot read; any other exception fails the test
        }
        Assert.Equal(Iterations, decoded + rejected);
        Assert.True(decoded > 1000, $"mutations should leave many packets valid; {decoded} were");
        Assert.True(rejected > 10_000, $"mutations should break many packets; {rejected} were");
    }

    [Fact]
    public void A_Packet_Claiming_Huge_Lengths_Or_Counts_Is_Rejected_Without_Allocating_Them()
    {
        // SEQUENCE claiming 2^31-1 octets of content, then an OCTET STRING claiming 16 MiB.
        Assert.Throws<SnmpDecodeException>(() => MessageCodec.Decode(Convert.FromHexString("30847FFFFFFF020101")));
        Assert.Throws<SnmpDecodeException>(() => MessageCodec.Decode(Convert.FromHexString("300C020101048401000000")));
        // 128 nested SEQUENCEs where a varbind should be.
        var nested = new List<byte>();
        for (int i = 0; i < 128; i++) nested.InsertRange(0, [0x30, (byte)Math.Min(nested.Count, 127)]);
        Assert.Throws<SnmpDecodeException>(() => MessageCodec.Decode(nested.ToArray()));
    }

    private static byte[][] SeedPackets()
    {
        var varbinds = new Varbind[]
        {
            new(Oid.Parse("1.3.6.1.2.1.1.1.0"), OctetStringValue.FromText("Linux router 5.10")),
            new(Oid.Parse("1.3.6.1.2.1.1.3.0"), new TimeTicksValue(12345)),
            new(Oid.Parse("1.3.6.1.2.1.2.2.1.10.1"), UnsignedValue.Counter32(99)),
            new(Oid.Parse("1.3.6.1.2.1.31.1.1.1.6.1"), UnsignedValue.Counter64(1UL << 40)),
            new(Oid.Parse("1.3.6.1.2.1.4.20.1.1.10.0.0.1"), new IpAddressValue([10, 0, 0, 1])),
            new(Oid.Parse("1.3.6.1.2.1.1.2.0"), new OidValue(Oid.Parse("1.3.6.1.4.1.9.1.1"))),
            new(Oid.Parse("1.3.6.1.2.1.1.9.0"), NullValue.EndOfMibView),
        };
        var scoped = new ScopedPdu([1, 2, 3], "vlan-10"u8.ToArray(), new Pdu(PduType.Response, 7, 0, 0, varbinds));
        var user = new UsmCredentials("fuzz", AuthProtocol.Sha256, new Secret("fuzzauth1"), PrivProtocol.Aes128, new Secret("fuzzpriv1"));
        var keys = new UsmKeyCache().For(user, [1, 2, 3]);
        var bulk = new Pdu(PduType.GetBulkRequest, 1, 0, 10, varbinds);
        return
        [
            MessageCodec.Encode(new CommunityMessage(SnmpVersion.V2c, "public"u8.ToArray(), bulk)),
            MessageCodec.Encode(new CommunityMessage(SnmpVersion.V1, "public"u8.ToArray(), new Pdu(PduType.Response, 2, 0, 0, varbinds))),
            MessageCodec.Encode(new V3Message(9, 1500, V3Flags.Reportable, 3, UsmParameters.Discovery, scoped, null), out _),
            UsmProcessor.Seal(10, 65507, V3Flags.Reportable, [1, 2, 3], 1, 100, keys, scoped),
        ];
    }

    private static AgentEndpoint FuzzAgent()
    {
        var recording = new Recording("fuzz", [new Varbind(Oid.Parse("1.3.6.1.2.1.1.1.0"), OctetStringValue.FromText("fuzz"))]);
        var settings = new AgentEndpointSettings(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0),
            new Dictionary<string, Recording> { ["public"] = recording }, new Dictionary<string, Recording> { [""] = recording },
            [new UsmCredentials("fuzz", AuthProtocol.Sha256, new Secret("fuzzauth1"), PrivProtocol.Aes128, new Secret("fuzzpriv1"))])
        { EngineId = [1, 2, 3] };
        return new AgentEndpoint(settings, new UsmKeyCache());
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 200)];
        random.NextBytes(bytes);
        if (bytes.Length > 0 && random.Next(2) == 0) bytes[0] = 0x30; // most real garbage still starts like SNMP
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = seed.ToList();
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 2: bytes.RemoveRange(at, random.Next(1, Math.Min(8, bytes.Count - at) + 1)); break;
                case 3: bytes.Insert(at, (byte)random.Next(256)); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break; // truncate
            }
        }
        return bytes.ToArray();
    }
}

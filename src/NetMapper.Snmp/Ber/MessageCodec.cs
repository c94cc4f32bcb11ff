using System.Formats.Asn1;

namespace NetMapper.Snmp.Ber;

/// <summary>A decoded message and, for SNMPv3, where its msgAuthenticationParameters lie in the packet
/// (the digest is computed over the whole packet with that field zeroed).</summary>
internal readonly record struct DecodedMessage(SnmpMessage Message, int AuthParamsOffset, int AuthParamsLength);

internal static class MessageCodec
{
    public static byte[] Encode(CommunityMessage message)
    {
        var writer = new AsnWriter(AsnEncodingRules.BER);
        using (writer.PushSequence())
        {
            writer.WriteInteger((int)message.Version);
            writer.WriteOctetString(message.Community);
            PduCodec.Write(writer, message.Pdu);
        }
        return writer.Encode();
    }

    public static byte[] EncodeScopedPdu(ScopedPdu scoped)
    {
        var writer = new AsnWriter(AsnEncodingRules.BER);
        WriteScopedPdu(writer, scoped);
        return writer.Encode();
    }

    private static void WriteScopedPdu(AsnWriter writer, ScopedPdu scoped)
    {
        using (writer.PushSequence())
        {
            writer.WriteOctetString(scoped.ContextEngineId);
            writer.WriteOctetString(scoped.ContextName);
            PduCodec.Write(writer, scoped.Pdu);
        }
    }

    /// <summary>Encodes an SNMPv3 message; <paramref name="authParamsOffset"/> locates the digest field to fill in.</summary>
    public static byte[] Encode(V3Message message, out int authParamsOffset)
    {
        var usmWriter = new AsnWriter(AsnEncodingRules.BER);
        using (usmWriter.PushSequence())
        {
            usmWriter.WriteOctetString(message.Usm.EngineId);
            usmWriter.WriteInteger(message.Usm.EngineBoots);
            usmWriter.WriteInteger(message.Usm.EngineTime);
            usmWriter.WriteOctetString(message.Usm.UserName);
            usmWriter.WriteOctetString(message.Usm.AuthenticationParameters);
            usmWriter.WriteOctetString(message.Usm.PrivacyParameters);
        }

        var writer = new AsnWriter(AsnEncodingRules.BER);
        using (writer.PushSequence())
        {
            writer.WriteInteger((int)SnmpVersion.V3);
            using (writer.PushSequence())
            {
                writer.WriteInteger(message.MessageId);
                writer.WriteInteger(message.MaxSize);
                writer.WriteOctetString([(byte)message.Flags]);
                writer.WriteInteger(message.SecurityModel);
            }
            writer.WriteOctetString(usmWriter.Encode());
            if (message.EncryptedPdu is not null) writer.WriteOctetString(message.EncryptedPdu);
            else WriteScopedPdu(writer, message.ScopedPdu ?? throw new ArgumentException("a V3 message needs a scoped PDU"));
        }
        var bytes = writer.Encode();
        var decoded = Decode(bytes);
        authParamsOffset = decoded.AuthParamsOffset;
        return bytes;
    }

    public static DecodedMessage Decode(ReadOnlySpan<byte> packet)
    {
        var outer = new BerReader(packet);
        var message = outer.ReadSequence(Asn1Tag.Sequence, "message");
        outer.ExpectEnd("packet");
        long version = message.ReadInteger("msgVersion");
        switch (version)
        {
            case 0 or 1:
                var community = message.ReadOctetString("community");
                var pdu = PduCodec.Read(ref message);
                message.ExpectEnd("message");
                return new DecodedMessage(new CommunityMessage((SnmpVersion)version, community, pdu), -1, 0);
            case 3:
                return DecodeV3(ref message);
            default:
                throw new SnmpDecodeException($"unknown SNMP version {version}");
        }
    }

    private static DecodedMessage DecodeV3(ref BerReader message)
    {
        var header = message.ReadSequence(Asn1Tag.Sequence, "msgGlobalData");
        int messageId = header.ReadInt32("msgID");
        int maxSize = header.ReadInt32("msgMaxSize");
        var flagOctets = header.Read(Asn1Tag.PrimitiveOctetString, "msgFlags");
        if (flagOctets.Length != 1) throw new SnmpDecodeException($"msgFlags has {flagOctets.Length} octets, not 1");
        int securityModel = header.ReadInt32("msgSecurityModel");
        header.ExpectEnd("msgGlobalData");

        message.Read(out var usmOctets, out int usmOffset);
        var usmReader = new BerReader(usmOctets, usmOffset);
        var usm = usmReader.ReadSequence(Asn1Tag.Sequence, "UsmSecurityParameters");
        var engineId = usm.ReadOctetString("msgAuthoritativeEngineID");
        int boots = usm.ReadInt32("msgAuthoritativeEngineBoots");
        int time = usm.ReadInt32("msgAuthoritativeEngineTime");
        var user = usm.ReadOctetString("msgUserName");
        var authTag = usm.Read(out var authParams, out int authOffset);
        if (authTag != Asn1Tag.PrimitiveOctetString) throw new SnmpDecodeException("msgAuthenticationParameters is not an OCTET STRING");
        var privParams = usm.ReadOctetString("msgPrivacyParameters");
        usm.ExpectEnd("UsmSecurityParameters");

        var flags = (V3Flags)flagOctets[0];
        ScopedPdu? scoped = null;
        byte[]? encrypted = null;
        if ((flags & V3Flags.Priv) != 0) encrypted = message.ReadOctetString("encryptedPDU");
        else scoped = ReadScopedPdu(ref message);
        message.ExpectEnd("message");

        var parameters = new UsmParameters(engineId, boots, time, user, authParams.ToArray(), privParams);
        var v3 = new V3Message(messageId, maxSize, flags, securityModel, parameters, scoped, encrypted);
        return new DecodedMessage(v3, authOffset, authParams.Length);
    }

    public static ScopedPdu DecodeScopedPdu(ReadOnlySpan<byte> plaintext)
    {
        // Decrypted block-cipher output carries padding after the ScopedPDU: read one TLV, ignore the rest.
        var reader = new BerReader(plaintext);
        return ReadScopedPdu(ref reader);
    }

    private static ScopedPdu ReadScopedPdu(ref BerReader reader)
    {
        var scoped = reader.ReadSequence(Asn1Tag.Sequence, "ScopedPDU");
        var engineId = scoped.ReadOctetString("contextEngineID");
        var contextName = scoped.ReadOctetString("contextName");
        var pdu = PduCodec.Read(ref scoped);
        scoped.ExpectEnd("ScopedPDU");
        return new ScopedPdu(engineId, contextName, pdu);
    }
}

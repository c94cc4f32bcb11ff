namespace NetMapper.Snmp;

/// <summary>A whole SNMP message as it travels in one UDP datagram.</summary>
public abstract record SnmpMessage(SnmpVersion Version);

/// <summary>SNMPv1 and SNMPv2c: a community and a PDU in clear.</summary>
public sealed record CommunityMessage(SnmpVersion Version, byte[] Community, SnmpPdu Pdu) : SnmpMessage(Version);

[Flags]
public enum V3Flags : byte
{
    None = 0,
    Auth = 1,
    Priv = 2,
    Reportable = 4,
}

/// <summary>The USM security parameters (RFC 3414 section 2.4).</summary>
public sealed record UsmParameters(
    byte[] EngineId, int EngineBoots, int EngineTime, byte[] UserName, byte[] AuthenticationParameters, byte[] PrivacyParameters)
{
    public static readonly UsmParameters Discovery = new([], 0, 0, [], [], []);
}

/// <summary>contextEngineID, contextName and the PDU (RFC 3412 section 6).</summary>
public sealed record ScopedPdu(byte[] ContextEngineId, byte[] ContextName, SnmpPdu Pdu);

/// <summary>An SNMPv3 message. Exactly one of <see cref="ScopedPdu"/> (plain) and <see cref="EncryptedPdu"/> (privacy) is set.</summary>
public sealed record V3Message(
    int MessageId, int MaxSize, V3Flags Flags, int SecurityModel, UsmParameters Usm, ScopedPdu? ScopedPdu, byte[]? EncryptedPdu)
    : SnmpMessage(SnmpVersion.V3)
{
    public const int UsmSecurityModel = 3;
}

namespace NetMapper.Snmp.Security;

/// <summary>The counters an agent returns in a Report to say why it refused a message.</summary>
internal static class UsmStats
{
    public static readonly Oid UnsupportedSecLevels = Oid.Parse("1.3.6.1.6.3.15.1.1.1.0");
    public static readonly Oid NotInTimeWindows = Oid.Parse("1.3.6.1.6.3.15.1.1.2.0");
    public static readonly Oid UnknownUserNames = Oid.Parse("1.3.6.1.6.3.15.1.1.3.0");
    public static readonly Oid UnknownEngineIds = Oid.Parse("1.3.6.1.6.3.15.1.1.4.0");
    public static readonly Oid WrongDigests = Oid.Parse("1.3.6.1.6.3.15.1.1.5.0");
    public static readonly Oid DecryptionErrors = Oid.Parse("1.3.6.1.6.3.15.1.1.6.0");
    public static readonly Oid UnavailableContexts = Oid.Parse("1.3.6.1.6.3.12.1.4.0");
    public static readonly Oid UnknownContexts = Oid.Parse("1.3.6.1.6.3.12.1.5.0");

    public static SnmpFailure FailureOf(Oid reported)
    {
        if (reported == UnsupportedSecLevels) return SnmpFailure.UnsupportedSecurityLevel;
        if (reported == NotInTimeWindows) return SnmpFailure.NotInTimeWindow;
        if (reported == UnknownUserNames) return SnmpFailure.UnknownUser;
        if (reported == UnknownEngineIds) return SnmpFailure.UnknownEngineId;
        if (reported == WrongDigests) return SnmpFailure.WrongDigest;
        if (reported == DecryptionErrors) return SnmpFailure.DecryptionError;
        if (reported == UnavailableContexts || reported == UnknownContexts) return SnmpFailure.UnknownContext;
        return SnmpFailure.Report;
    }

    public static string Describe(SnmpFailure failure) => failure switch
    {
        SnmpFailure.UnsupportedSecurityLevel =>
            "the agent does not support this security level for the user (usmStatsUnsupportedSecLevels)",
        SnmpFailure.NotInTimeWindow => "the message was outside the agent's time window (usmStatsNotInTimeWindows)",
        SnmpFailure.UnknownUser => "the agent does not know this user (usmStatsUnknownUserNames)",
        SnmpFailure.UnknownEngineId => "the agent does not know this engine ID (usmStatsUnknownEngineIDs)",
        SnmpFailure.WrongDigest => "authentication failed: wrong authentication pass phrase or protocol (usmStatsWrongDigests)",
        SnmpFailure.DecryptionError => "decryption failed: wrong privacy pass phrase or protocol (usmStatsDecryptionErrors)",
        SnmpFailure.UnknownContext => "the agent does not know this context (snmpUnknownContexts)",
        _ => "the agent sent a Report",
    };
}

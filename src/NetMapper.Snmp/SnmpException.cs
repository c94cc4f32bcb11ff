namespace NetMapper.Snmp;

/// <summary>Why an SNMP exchange failed.</summary>
public enum SnmpFailure
{
    /// <summary>No valid answer within the timeout and retries.</summary>
    Timeout,
    /// <summary>The packet is not valid SNMP.</summary>
    MalformedPacket,
    /// <summary>The agent answered with a non-zero error-status.</summary>
    ErrorStatus,
    /// <summary>usmStatsUnknownUserNames: the agent has no such user.</summary>
    UnknownUser,
    /// <summary>usmStatsWrongDigests, or the agent's answer failed our digest check: wrong authentication key.</summary>
    WrongDigest,
    /// <summary>usmStatsNotInTimeWindows, still after re-synchronising.</summary>
    NotInTimeWindow,
    /// <summary>usmStatsDecryptionErrors, or the answer could not be decrypted: wrong privacy key or protocol.</summary>
    DecryptionError,
    /// <summary>usmStatsUnknownEngineIDs, still after re-discovery.</summary>
    UnknownEngineId,
    /// <summary>usmStatsUnsupportedSecLevels: the user exists with another security level.</summary>
    UnsupportedSecurityLevel,
    /// <summary>snmpUnknownContexts / snmpUnavailableContexts.</summary>
    UnknownContext,
    /// <summary>Another Report the agent sent.</summary>
    Report,
    /// <summary>The local socket failed.</summary>
    Transport,
}

/// <summary>The one exception family of the SNMP engine. Secrets never appear in its messages.</summary>
public class SnmpException : Exception
{
    public SnmpException(SnmpFailure failure, string message, Exception? inner = null) : base(message, inner) => Failure = failure;

    public SnmpFailure Failure { get; }

    /// <summary>True when trying again later may succeed (timeouts, socket trouble).</summary>
    public bool IsTransient => Failure is SnmpFailure.Timeout or SnmpFailure.Transport or SnmpFailure.NotInTimeWindow;

    /// <summary>The error-status when <see cref="Failure"/> is <see cref="SnmpFailure.ErrorStatus"/>.</summary>
    public ErrorStatus? ErrorStatus { get; init; }
    public int ErrorIndex { get; init; }
}

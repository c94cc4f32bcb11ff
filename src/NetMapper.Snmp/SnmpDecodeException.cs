namespace NetMapper.Snmp;

/// <summary>A packet that is not valid SNMP. The only exception the decoder lets out, whatever the input.</summary>
public sealed class SnmpDecodeException : SnmpException
{
    public SnmpDecodeException(string message, Exception? inner = null)
        : base(SnmpFailure.MalformedPacket, $"malformed SNMP packet: {message}", inner) { }
}

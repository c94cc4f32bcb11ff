namespace NetMapper.Snmp;

/// <summary>USM privacy protocols. AES-192/256 come in the two key-extension variants found in devices:
/// Blumenthal (draft-blumenthal-aes-usm-04, net-snmp's "AES-192") and Reeder
/// (draft-reeder-snmpv3-usm-3desede, Cisco's, net-snmp's "AES-192-C").</summary>
public enum PrivProtocol
{
    None,
    Des,
    Aes128,
    Aes192,
    Aes256,
    Aes192Cisco,
    Aes256Cisco,
}

internal static class PrivAlgorithms
{
    /// <summary>Octets of the privacy key taken from the localized key (after extension).</summary>
    public static int KeyLength(this PrivProtocol protocol) => protocol switch
    {
        PrivProtocol.Des => 16, // 8 key octets + 8 pre-IV octets
        PrivProtocol.Aes128 => 16,
        PrivProtocol.Aes192 or PrivProtocol.Aes192Cisco => 24,
        PrivProtocol.Aes256 or PrivProtocol.Aes256Cisco => 32,
        _ => 0,
    };

    public static bool UsesReederExtension(this PrivProtocol protocol) => protocol is PrivProtocol.Aes192Cisco or PrivProtocol.Aes256Cisco;
}

namespace NetMapper.Credentials;

/// <summary>Where the store is kept unless told otherwise: beside the user's configuration.</summary>
public static class StoreLocation
{
    public const string FileName = "credentials.json";

    /// <summary>
    /// $XDG_CONFIG_HOME/netmapper/credentials.json (~/.config/netmapper/ when unset) on Linux,
    /// %APPDATA%\NetMapper\credentials.json on Windows.
    /// </summary>
    public static string Default()
    {
        string config = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData);
        if (config.Length == 0)
            throw new CredentialStoreException(CredentialStoreFailure.Unavailable,
                "this account has no configuration folder (no HOME): give the credential store's path");
        return Path.Combine(config, OperatingSystem.IsWindows() ? "NetMapper" : "netmapper", FileName);
    }
}

using NetMapper.Cli.Common;
using YamlDotNet.Core;

namespace NetMapper.Cli.Scan;

/// <summary>
/// The YAML form of a scan (<c>netmapper scan --config scan.yaml</c>). Secrets belong in the credential store
/// (<c>store: NAME</c>), <c>env:VAR</c> or <c>prompt</c>.
/// </summary>
internal sealed class ScanConfigFile
{
    public List<string> Seeds { get; set; } = [];
    public List<string> Scope { get; set; } = [];
    public List<string> Exclude { get; set; } = [];
    public int? Port { get; set; }
    public List<CredentialEntry> Credentials { get; set; } = [];
    /// <summary>The credential store that <c>store: NAME</c> entries come from (default: beside the user's configuration).</summary>
    public string? CredentialStore { get; set; }
    public LimitsEntry Limits { get; set; } = new();
    public bool? FollowRouterArp { get; set; }
    /// <summary>"arp:IFACE" and/or "icmp": sweep the scope for live hosts before crawling; without seeds the crawl starts
    /// at those that answer SNMP.</summary>
    public List<string> Sweeps { get; set; } = [];
    public int? SweepLimit { get; set; }
    public string? Db { get; set; }
    /// <summary>Device definition files over the built-in ones, relative to this file.</summary>
    public List<string> Definitions { get; set; } = [];

    internal sealed class CredentialEntry
    {
        /// <summary>v1/v2c community (or env:VAR, prompt).</summary>
        public string? Community { get; set; }
        /// <summary>"1" or "2c" for a community; default 2c.</summary>
        public string? Version { get; set; }
        public V3Entry? V3 { get; set; }
        /// <summary>The name of a credential in the encrypted credential store.</summary>
        public string? Store { get; set; }
    }

    internal sealed class V3Entry
    {
        public string User { get; set; } = "";
        public string Auth { get; set; } = "none";
        public string? AuthKey { get; set; }
        public string Priv { get; set; } = "none";
        public string? PrivKey { get; set; }
    }

    internal sealed class LimitsEntry
    {
        public int? MaxDepth { get; set; }
        public int? Concurrency { get; set; }
        public int? MaxDevices { get; set; }
        public double? Timeout { get; set; }
        public int? Retries { get; set; }
        public double? DeviceBudget { get; set; }
        /// <summary>SNMP requests per second over the whole scan.</summary>
        public int? Rate { get; set; }
    }

    public static ScanConfigFile Load(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"scan configuration '{path}' does not exist");
        var deserializer = ScanConfigYaml.Deserializer();
        try
        {
            return deserializer.Deserialize<ScanConfigFile?>(File.ReadAllText(path)) ?? new ScanConfigFile();
        }
        catch (YamlException e)
        {
            var why = e.InnerException?.Message ?? e.Message;
            throw new UsageException($"{path}:{e.Start.Line}:{e.Start.Column}: {why}");
        }
    }
}

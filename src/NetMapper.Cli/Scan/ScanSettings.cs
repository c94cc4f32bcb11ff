using System.Globalization;
using System.Net;
using NetMapper.Application.Scanning;
using NetMapper.Capture.Sweeps;
using NetMapper.Cli.Common;
using NetMapper.Discovery.Crawling;
using NetMapper.Discovery.Definitions;
using NetMapper.Snmp;
using NetMapper.Topology;

namespace NetMapper.Cli.Scan;

/// <summary>A scan's settings from the YAML file and the flags (flags add seeds, scopes and credentials, and override limits).</summary>
internal sealed record ScanSettings(CrawlRequest Request, string DbPath, IReadOnlyList<string> CredentialDescriptions, bool ScopeWasImplied)
{
    /// <summary>Sweeps to run over the scope first.</summary>
    public IReadOnlyList<SweepRequest> Sweeps { get; init; } = [];
    public int SweepLimit { get; init; } = SweepTargets.DefaultLimit;
    /// <summary>SNMP requests per second over the whole scan; null for no limit beyond concurrency.</summary>
    public int? RequestsPerSecond { get; init; }

    /// <summary>Things worth telling the user that do not stop the scan (secrets written in clear in the file).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What the scan job runs.</summary>
    public ScanJobRequest Job => new(Request, DbPath, CredentialDescriptions, ToolVersion.Current)
    {
        Sweeps = Sweeps,
        SweepLimit = SweepLimit,
        RequestsPerSecond = RequestsPerSecond,
    };

    public sealed record Flags(
        string? Config, string[] Seeds, string[] Scope, string[] Exclude, int? Port, string[] Communities, string[] V3Users,
        string? Db, int? MaxDepth, int? Concurrency, double? Timeout, int? Retries, double? DeviceBudget, bool FollowRouterArp,
        string[]? Sweeps = null, int? SweepLimit = null, int? Rate = null, string[]? Definitions = null,
        string? CredentialStore = null);

    public static ScanSettings From(Flags flags)
    {
        var file = flags.Config is null ? new ScanConfigFile() : ScanConfigFile.Load(flags.Config);
        string where = flags.Config is null ? "" : $" (in {flags.Config} or the flags)";

        var seeds = file.Seeds.Concat(flags.Seeds).Select(s => ParseSeed(s, where)).ToList();
        var sweeps = file.Sweeps.Concat(flags.Sweeps ?? []).Select(s => SweepInput.Parse(s, where)).Distinct().ToArray();
        if (seeds.Count == 0 && sweeps.Length == 0)
            throw new UsageException("give a seed address or a sweep to find devices by: --seed ADDRESS or --sweep arp:INTERFACE|icmp "
                + "(or 'seeds:' or 'sweeps:' in the configuration)");
        var scope = PrefixInput.Parse(file.Scope.Concat(flags.Scope), "scope", where);
        bool implied = scope.Count == 0;
        if (implied && seeds.Count == 0)
            throw new UsageException(
                "without a seed the scan sweeps its scope for devices: give --scope CIDR (or 'scope:' in the configuration)");
        if (implied) scope = seeds.Select(IpPrefix.Host).ToList();
        var exclude = PrefixInput.Parse(file.Exclude.Concat(flags.Exclude), "exclude", where);

        var credentials = new List<SnmpCredentials>();
        var warnings = new List<string>();
        using var stored = new StoreReferences(flags.CredentialStore ?? file.CredentialStore);
        foreach (var entry in file.Credentials)
        {
            if (new[] { entry.Community, entry.V3?.AuthKey, entry.V3?.PrivKey }.Any(IsClearSecret))
                warnings.Add($"{flags.Config}: a secret is written in clear; write store:NAME, env:VARNAME or prompt instead");
            credentials.Add(FromFile(entry, flags.Config!, stored));
        }
        credentials.AddRange(flags.V3Users.Select(u => StoreReferences.IsReference(u) ? stored.ResolveUser(u) : V3UserSpec.Parse(u)));
        credentials.AddRange(flags.Communities.Select(c => StoreReferences.IsReference(c) ? stored.ResolveCommunity(c)
            : CommunityCredentials.V2c(SecretInput.Resolve(c, "--community").Reveal())));
        if (credentials.Count == 0)
            throw new UsageException("give at least one credential (--v3-user, --community, or 'credentials:' in the configuration)");
        // SNMPv3 first, whatever order they were given in: a device that answers v3 is never asked in clear.
        credentials = credentials.OrderBy(c => c.Version == SnmpVersion.V3 ? 0 : 1).ToList();

        var limits = file.Limits;
        var poll = new PollOptions
        {
            Port = Check(flags.Port ?? file.Port ?? 161, 1, 65535, "--port"),
            Timeout = TimeSpan.FromSeconds(Check(flags.Timeout ?? limits.Timeout ?? 2, 0.05, 60, "timeout")),
            Retries = Check(flags.Retries ?? limits.Retries ?? 1, 0, 10, "retries"),
            DeviceBudget = TimeSpan.FromSeconds(Check(flags.DeviceBudget ?? limits.DeviceBudget ?? 180, 1, 3600, "device budget")),
            Definitions = DefinitionFiles(file, flags),
        };
        var request = new CrawlRequest(seeds, new ScanScope(scope, exclude), credentials)
        {
            MaxDepth = Check(flags.MaxDepth ?? limits.MaxDepth ?? 16, 0, 1000, "max depth"),
            Concurrency = Check(flags.Concurrency ?? limits.Concurrency ?? 16, 1, 1024, "concurrency"),
            MaxDevices = Check(limits.MaxDevices ?? 5000, 1, 1_000_000, "max devices"),
            FollowRouterArp = flags.FollowRouterArp || (file.FollowRouterArp ?? false),
            Poll = poll,
        };
        foreach (var seed in seeds.Where(s => !request.Scope.Allows(s)))
            throw new UsageException($"seed {seed} is outside the scope ({request.Scope}): add it to --scope or remove it");
        var dbPath = flags.Db ?? file.Db ?? "netmapper.db";
        var descriptions = credentials.Select(DevicePoller.Describe).ToArray();
        int sweepLimit = Check(flags.SweepLimit ?? file.SweepLimit ?? SweepTargets.DefaultLimit, 1, 16_777_216, "sweep limit");
        // Checked here, so that a sweep too large is refused before the database is opened or a packet sent.
        try { if (sweeps.Length > 0) SweepTargets.CheckSize(scope, sweepLimit); }
        catch (ArgumentException e) { throw new UsageException($"--sweep over the scope {request.Scope}: {e.Message} (--sweep-limit)"); }
        return new ScanSettings(request, dbPath, descriptions, implied)
        {
            Warnings = warnings.Distinct().ToArray(),
            Sweeps = sweeps,
            SweepLimit = sweepLimit,
            RequestsPerSecond = (flags.Rate ?? limits.Rate) is int rate ? Check(rate, 1, 1_000_000, "rate") : null,
        };
    }

    /// <summary>The built-in definitions with the file's (relative to the file) and then the flags' layered over them.</summary>
    private static DeviceDefinitions DefinitionFiles(ScanConfigFile file, Flags flags)
    {
        string folder = flags.Config is null ? "" : Path.GetDirectoryName(Path.GetFullPath(flags.Config)) ?? "";
        var paths = file.Definitions.Select(p => Path.Combine(folder, p)).Concat(flags.Definitions ?? []).ToArray();
        return paths.Length == 0 ? DeviceDefinitions.BuiltIn() : DeviceDefinitions.WithFiles(paths);
    }

    private static IPAddress ParseSeed(string seed, string where) =>
        IPAddress.TryParse(seed, out var address) ? address : throw new UsageException($"seed '{seed}' is not an IP address{where}");

    private static bool IsClearSecret(string? value) =>
        !string.IsNullOrEmpty(value) && value != "prompt" && !value.StartsWith("env:", StringComparison.Ordinal);

    private static T Check<T>(T value, T min, T max, string what) where T : IComparable<T> =>
        value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0 ? value
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{what} {value} must be from {min} to {max}"));

    private static SnmpCredentials FromFile(ScanConfigFile.CredentialEntry entry, string path, StoreReferences stored)
    {
        if (entry.Store is { } name) return stored.Resolve(StoreReferences.Prefix + name, $"{path}: store");
        if (entry.V3 is { } v3)
            return V3UserSpec.Parse($"{v3.User}:{v3.Auth}:{v3.AuthKey ?? ""}:{v3.Priv}:{v3.PrivKey ?? ""}".TrimEnd(':'));
        if (entry.Community is { } community)
        {
            var version = entry.Version switch
            {
                null or "2c" or "2" => SnmpVersion.V2c,
                "1" => SnmpVersion.V1,
                var other => throw new UsageException($"{path}: community version '{other}' must be 1 or 2c"),
            };
            return new CommunityCredentials(version, SecretInput.Resolve(community, $"{path}: community"));
        }
        throw new UsageException($"{path}: each credential needs 'store:', 'community:' or 'v3:'");
    }
}

namespace NetMapper.Testing;

/// <summary>net-snmp's command-line client, run as the reference the tests compare against.</summary>
public static class NetSnmpTools
{
    /// <summary><c>snmpbulkwalk -On -Ox -Oe</c> with the given credential arguments (e.g. "-v2c -c public").</summary>
    public static async Task<List<ComparableVarbind>> BulkWalkAsync(
        string endPoint, IEnumerable<string> credentialArgs, string root, int maxRepetitions = 10)
    {
        var args = new List<string>(credentialArgs) { "-On", "-Ox", "-Oe", $"-Cr{maxRepetitions}", "-t", "5", "-r", "2", endPoint, root };
        var (exit, stdout, stderr) = await ChildProcess.RunAsync("snmpbulkwalk", args, TimeSpan.FromMinutes(3));
        if (exit != 0) throw new InvalidOperationException($"snmpbulkwalk {string.Join(' ', args)} failed ({exit}): {stderr}");
        return ComparableVarbind.ParseNetSnmp(stdout);
    }
}

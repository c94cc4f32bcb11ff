using System.Text.Json;

namespace NetMapper.Cli.Tests;

/// <summary>A <c>netmapper scan</c> run as a user would, and what it stored as lines (devices, links), to show that two
/// scans of the same recordings found the same.</summary>
internal sealed record ScanFacts(string[] Devices, string[] Links, int Exit, string Output)
{
    public static async Task<ScanFacts> ScanAsync(string db, params string[] scanArguments)
    {
        var (exit, output, error) = await CliRunner.RunAsync(["scan", .. scanArguments, "--db", db]);
        var devices = (await ShowAsync(db, "devices")).Select(Device).Order(StringComparer.Ordinal).ToArray();
        var links = (await ShowAsync(db, "links")).Select(Link).Order(StringComparer.Ordinal).ToArray();
        return new ScanFacts(devices, links, exit, error + output);
    }

    private static string Device(JsonElement d)
    {
        string Text(string name) => d.GetProperty(name).ToString();
        string address = d.GetProperty("managementAddresses").EnumerateArray().FirstOrDefault().ToString();
        return $"{address} {Text("status")} {Text("id")} {Text("vendor")} {Text("model")} {Text("serial")} {Text("osVersion")} "
            + $"{Text("role")} interfaces {Text("interfaceCount")} vlans {Text("vlanCount")} neighbours {Text("neighborCount")}";
    }

    private static string Link(JsonElement l)
    {
        string End(string end) => $"{l.GetProperty(end).GetProperty("device")}:{l.GetProperty(end).GetProperty("port")}";
        return $"{End("a")} - {End("b")} {l.GetProperty("confidence")}";
    }

    private static async Task<List<JsonElement>> ShowAsync(string db, string what)
    {
        var (exit, output, error) = await CliRunner.RunAsync("show", what, "--db", db, "--json");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
    }
}

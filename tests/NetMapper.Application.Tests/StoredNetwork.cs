using System.Net;
using NetMapper.Storage;
using NetMapper.Topology;

namespace NetMapper.Application.Tests;

/// <summary>Scans written straight into a store in a temporary folder, so a job can be run on them without a crawl.</summary>
internal sealed class StoredNetwork : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netmapper-jobs-").FullName;

    public string Db => Path.Combine(folder, "netmapper.db");

    public string Folder(string name) => Path.Combine(folder, name);

    /// <summary>Stores a complete scan of these switches (name, chassis MAC, management address); returns its id.</summary>
    public int Store(params (string Name, string Mac, string Address)[] switches)
    {
        var graph = TopologyBuilder.Build(switches.Select(Snapshot).ToList());
        using var store = ScanStore.Open(Db);
        int id = store.BeginScan(new ScanInfo { StartedAt = DateTimeOffset.UtcNow, Seeds = [switches[0].Address] });
        store.CompleteScan(store.GetScan(id) with { Status = ScanStatus.Complete, EndedAt = DateTimeOffset.UtcNow }, graph);
        return id;
    }

    private static DeviceSnapshot Snapshot((string Name, string Mac, string Address) s) => new(new Device("mac:" + s.Mac)
    {
        Name = s.Name,
        SysDescr = "Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E8, RELEASE SOFTWARE (fc1)",
        ManagementAddresses = [s.Address],
        Interfaces = [new DeviceInterface(1, "Vlan1") { Mac = MacAddress.Parse(s.Mac) }],
        Addresses = [new InterfaceAddress(1, IPAddress.Parse(s.Address), 24)],
        Status = PollStatus.Done,
    });

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

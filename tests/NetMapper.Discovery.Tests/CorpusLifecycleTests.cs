using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;

namespace NetMapper.Discovery.Tests;

/// <summary>
/// Real devices of the shared corpus, polled over UDP, matched to the built-in lifecycle catalog as of a fixed date:
/// their real product IDs, sysObjectIDs, ENTITY-MIB stack members and modules, and OS version strings.
/// </summary>
public class CorpusLifecycleTests
{
    private static readonly LifecycleAssessor Assessor = new(LifecycleCatalog.BuiltIn());
    private static readonly LifecyclePolicy AsOf = new(new DateOnly(2026, 12, 1));
    private const string C2960X = "cisco-series-catalyst-2960-x-series-switches";
    private const string C3560 = "cisco-series-catalyst-3560-series-switches";
    private const string C4500 = "cisco-series-catalyst-4500-series-switches";

    [Theory]
    // Product patterns: series dates for the classic Catalysts (the stack members of the 2960-X too).
    [InlineData("ios_2960x", "Chassis", "", "WS-C2960X-48FPS-L", C2960X, "ProductPattern", "WithinHorizon")]
    [InlineData("ios_2960x", "Chassis", "2", "WS-C2960X-24PS-L", C2960X, "ProductPattern", "WithinHorizon")]
    [InlineData("ios_c3560", "Chassis", "", "WS-C3560-48TS-S", C3560, "ProductPattern", "EndOfSupport")]
    [InlineData("vendors/ios_4506", "Chassis", "", "WS-C4506-E", C4500, "ProductPattern", "EndOfSupport")]
    // Exact product IDs from Cisco bulletins: a chassis, and supervisors found in ENTITY-MIB.
    [InlineData("vendors/iosxr_asr9001", "Chassis", "", "ASR-9001", "cisco-eol14473-1", "ProductId", "WithinHorizon")]
    [InlineData("vendors/iosxe_c9400-svl", "Module", "Switch 1 Slot 3 Supervisor", "C9400-SUP-1XL", "cisco-eol15392-1", "ProductId",
        "EndOfSale")]
    // sysObjectID: FortiGate models by FORTINET-FORTIGATE-MIB product OIDs.
    [InlineData("vendors/fortigate_1500d", "Chassis", "", "FGT_1500D", "fortinet-fortigate-1500d", "SysObjectId", "WithinHorizon")]
    [InlineData("vendors/fortigate_webfilter", "Chassis", "", "FGT_101E", "fortinet-fortigate-101e", "SysObjectId", "EndOfSupport")]
    // OS release trains from the real version strings.
    [InlineData("iosxe_c9500h-svl", "Os", "", "IOS-XE", "cisco-ios-xe-17.12", "Train", "WithinHorizon")]
    [InlineData("vendors/iosxe_c9400-svl", "Os", "", "IOS-XE", "cisco-ios-xe-17.15", "Train", "Supported")]
    [InlineData("vendors/ios_ir809", "Os", "", "IOS", "cisco-ios-15.8", "Train", "WithinHorizon")]
    [InlineData("fortigate_60fospfv3", "Os", "", "FortiOS", "fortinet-fortios-7.2", "Train", "EndOfSupport")]
    [InlineData("panos_vsys", "Os", "", "PAN-OS", "paloalto-pan-os-9.0", "Train", "EndOfSupport")]
    [InlineData("arubaos-cx_10.07", "Os", "", "AOS-CX", "aruba-aos-cx-10.07", "Train", "EndOfSupport")]
    [InlineData("routeros", "Os", "", "RouterOS", "mikrotik-routeros-6.40", "Train", "EndOfSupport")]
    // No source NetMapper can cite: unknown, with the reason.
    [InlineData("arista_eos", "Os", "", "EOS", "", "", "Unknown")]
    [InlineData("asa", "Chassis", "", "ASA5555", "", "", "Unknown")]
    public async Task A_real_device_matches_the_right_entry(string recording, string component, string name, string product,
        string entry, string rule, string status)
    {
        Requires.Corpus();
        string folder = recording.StartsWith("vendors/", StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Corpus, "vendors", "snmprec") : RepoPaths.CorpusSnmprec;
        var snapshot = await CorpusPollTests.PollAsync(folder, recording.Split('/')[^1]);

        var rows = Assessor.Assess(snapshot.Device, AsOf).ToList();

        var row = Assert.Single(rows, r => r.Component.ToString() == component && r.ComponentName == name);
        Assert.Equal((product, entry, rule, status),
            (row.Product, row.Match?.Entry.Id ?? "", row.Match?.Rule.ToString() ?? "", row.Status.ToString()));
        if (row.Status == LifecycleStatus.Unknown) Assert.Equal(UnknownReason.NoCatalogEntry, row.Reason);
    }
}

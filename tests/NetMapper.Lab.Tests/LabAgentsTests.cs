using System.Net;
using NetMapper.Lab.Generation;
using NetMapper.Lab.Spec;
using NetMapper.Snmp;
using NetMapper.Snmp.Agent;
using NetMapper.Snmp.Transport;

namespace NetMapper.Lab.Tests;

/// <summary>lab.yaml's access is what the agents enforce, over real UDP on loopback.</summary>
public class LabAgentsTests
{
    private static readonly Oid SysName = Oid.Parse("1.3.6.1.2.1.1.5.0");

    [Fact]
    public async Task V3_Devices_Refuse_The_Community_V2c_Devices_Answer_It_And_Silent_Devices_Are_Not_Served()
    {
        var path = TwoSwitches.Write();
        try
        {
            var network = NetworkLoader.Load(path);
            var manifest = LabManifest.From(network);
            var (authPass, privPass) = (new Secret("lab-auth-pass"), new Secret("lab-priv-pass"));
            var user = new UsmCredentials("lab", AuthProtocol.Sha256, authPass, PrivProtocol.Aes128, privPass);
            int port = FreePort.Udp();
            var settings = LabAgents.Settings(manifest, NetworkGenerator.Generate(network), port, [user]);
            Assert.Equal(["127.30.0.1", "127.30.0.2"], settings.Select(s => s.EndPoint.Address.ToString()).Order(StringComparer.Ordinal));
            await using var agents = RecordedAgent.Start(settings);
            await using var client = new SnmpClient();
            var core = new IPEndPoint(IPAddress.Parse("127.30.0.1"), port);
            var access = new IPEndPoint(IPAddress.Parse("127.30.0.2"), port);
            SnmpTarget Target(IPEndPoint at, SnmpCredentials credentials) =>
                new(at, credentials) { Timeout = TimeSpan.FromMilliseconds(300), Retries = 0 };
            var ct = TestContext.Current.CancellationToken;

            Assert.Equal("core", Name(await client.GetAsync(Target(core, user), [SysName], ct)));
            await Assert.ThrowsAsync<SnmpException>(() => client.GetAsync(Target(core, CommunityCredentials.V2c("public")), [SysName], ct));
            Assert.Equal("access", Name(await client.GetAsync(Target(access, CommunityCredentials.V2c("public")), [SysName], ct)));
            await Assert.ThrowsAsync<SnmpException>(() => client.GetAsync(Target(access, user), [SysName], ct));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private static string Name(Pdu response) => ((OctetStringValue)response.Varbinds.Single().Value).Text;
}

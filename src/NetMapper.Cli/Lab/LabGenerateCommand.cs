using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Lab.Generation;
using NetMapper.Lab.Spec;

namespace NetMapper.Cli.Lab;

/// <summary><c>netmapper lab generate network.yaml --out DIR</c>: consistent recordings of a described network.</summary>
internal static class LabGenerateCommand
{
    public static Command Build()
    {
        var command = new Command("generate", "Write snmprec recordings and lab.yaml for a network described in YAML");
        var file = new Argument<string>("network.yaml") { Description = "the network description" };
        var outDir = new Option<string>("--out")
        {
            Description = "folder for the recordings (its *.snmprec files are replaced)",
            Required = true,
        };
        command.Arguments.Add(file);
        command.Options.Add(outDir);
        command.SetGuardedAction(async (result, output, ct) =>
        {
            var network = NetworkLoader.Load(result.GetValue(file)!);
            var dir = OutputFolder.Prepare(result.GetValue(outDir)!);
            var devices = NetworkGenerator.Write(network, dir);
            int perVlan = devices.Sum(d => d.Vlans.Count);
            await output.WriteLineAsync($"{devices.Count} device recordings ({perVlan} per-VLAN) and lab.yaml written to {dir}; " +
                $"{network.Devices.Count - devices.Count} device(s) do not answer SNMP, {network.Hosts.Count} hosts");
            return ExitCodes.Ok;
        });
        return command;
    }
}

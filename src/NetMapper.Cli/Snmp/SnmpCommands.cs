using System.CommandLine;
using NetMapper.Cli.Common;
using NetMapper.Snmp;
using NetMapper.Snmp.Transport;

namespace NetMapper.Cli.Snmp;

/// <summary><c>netmapper snmp get|next|bulk|walk HOST OID...</c>: net-snmp's tools for engineers, on NetMapper's engine.</summary>
internal static class SnmpCommands
{
    public static Command Build()
    {
        var snmp = new Command("snmp", "Query an SNMP agent as net-snmp's tools do (numeric OIDs)");
        snmp.Subcommands.Add(Request("get", "GET the given OIDs", (client, target, oids, _, ct) => client.GetAsync(target, oids, ct)));
        snmp.Subcommands.Add(Request("next", "GETNEXT after the given OIDs",
            (client, target, oids, _, ct) => client.GetNextAsync(target, oids, ct)));
        snmp.Subcommands.Add(Bulk());
        snmp.Subcommands.Add(Walk());
        return snmp;
    }

    private delegate Task<Pdu> Send(
        SnmpClient client, SnmpTarget target, Oid[] oids, ParseResult result, CancellationToken cancellationToken);

    private static Command Request(string name, string description, Send send, Action<Command>? extraOptions = null)
    {
        var command = new Command(name, description);
        var options = new SnmpOptions();
        var host = new Argument<string>("host") { Description = "agent address: host, host:port or [v6]:port" };
        var oids = new Argument<string[]>("oid") { Description = "numeric OIDs", Arity = ArgumentArity.OneOrMore };
        command.Arguments.Add(host);
        command.Arguments.Add(oids);
        options.AddTo(command);
        extraOptions?.Invoke(command);
        command.SetGuardedAction(async (result, output, ct) =>
        {
            var parsedOids = ParseOids(result.GetValue(oids)!);
            var target = await options.TargetAsync(result, result.GetValue(host)!, ct);
            await using var client = new SnmpClient();
            var response = await send(client, target, parsedOids, result, ct);
            if (response.ErrorStatus != ErrorStatus.NoError)
                throw new SnmpException(SnmpFailure.ErrorStatus, DescribeError(target, response)) { ErrorStatus = response.ErrorStatus };
            VarbindPrinter.Print(output, response.Varbinds, result.GetValue(options.Json));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Bulk()
    {
        var nonRepeaters = new Option<int>("--non-repeaters", "-Cn") { Description = "non-repeaters", DefaultValueFactory = _ => 0 };
        var maxRepetitions = new Option<int>("--max-repetitions", "-Cr")
        {
            Description = "max-repetitions",
            DefaultValueFactory = _ => 10,
        };
        return Request("bulk", "GETBULK after the given OIDs", (client, target, oids, result, ct) =>
        {
            if (target.Credentials.Version == SnmpVersion.V1) throw new UsageException("GETBULK needs -v 2c or -v 3");
            int n = result.GetValue(nonRepeaters), m = result.GetValue(maxRepetitions);
            if (n < 0 || m < 0) throw new UsageException("non-repeaters and max-repetitions cannot be negative");
            return client.GetBulkAsync(target, n, m, oids, ct);
        }, command => { command.Options.Add(nonRepeaters); command.Options.Add(maxRepetitions); });
    }

    private static Command Walk()
    {
        var command = new Command("walk", "Walk a subtree (GETBULK with adaptive max-repetitions; GETNEXT for v1)");
        var options = new SnmpOptions();
        var host = new Argument<string>("host") { Description = "agent address: host, host:port or [v6]:port" };
        var roots = new Argument<string[]>("oid")
        {
            Description = "subtrees to walk (default .1.3.6.1.2.1)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var getNext = new Option<bool>("--getnext") { Description = "walk with GETNEXT even on v2c/v3" };
        var maxRepetitions = new Option<int>("--max-repetitions", "-Cr")
        {
            Description = "starting max-repetitions",
            DefaultValueFactory = _ => 25,
        };
        command.Arguments.Add(host);
        command.Arguments.Add(roots);
        options.AddTo(command);
        command.Options.Add(getNext);
        command.Options.Add(maxRepetitions);
        command.SetGuardedAction(async (result, output, ct) =>
        {
            var rootOids = ParseOids(result.GetValue(roots) is { Length: > 0 } given ? given : ["1.3.6.1.2.1"]);
            int startRepetitions = result.GetValue(maxRepetitions);
            if (startRepetitions < 1) throw new UsageException($"-Cr {startRepetitions}: max-repetitions must be at least 1");
            var target = await options.TargetAsync(result, result.GetValue(host)!, ct);
            bool json = result.GetValue(options.Json);
            // Lines are printed as each answer comes, as snmpbulkwalk does; JSON, one array, at the end.
            Action<IReadOnlyList<Varbind>>? print = json ? null : rows => VarbindPrinter.Print(output, rows, json: false);
            var walkOptions = new WalkOptions { UseGetNext = result.GetValue(getNext), MaxRepetitions = startRepetitions, OnRows = print };
            await using var client = new SnmpClient();
            var all = new List<Varbind>();
            string? problem = null;
            foreach (var root in rootOids)
            {
                var walk = await client.WalkAsync(target, root, walkOptions, ct);
                all.AddRange(walk.Varbinds);
                if (walk.Varbinds.Count == 0 && walk.Succeeded)
                {
                    // as snmpwalk: an empty subtree may be an instance
                    var instance = await client.GetAsync(target, [root], ct);
                    var found = instance.Varbinds.Where(vb => !vb.Value.IsException).ToArray();
                    all.AddRange(found);
                    print?.Invoke(found);
                }
                problem ??= walk.Problem;
                if (walk.End == WalkEnd.Failed) break;
            }
            if (json) VarbindPrinter.Print(output, all, json: true);
            if (problem is null) return ExitCodes.Ok;
            await result.InvocationConfiguration.Error.WriteLineAsync($"netmapper: {problem}");
            return ExitCodes.Failed;
        });
        return command;
    }

    private static Oid[] ParseOids(string[] texts) => texts.Select(ParseOid).ToArray();

    private static Oid ParseOid(string text) =>
        Oid.TryParse(text, out var oid, out var problem) ? oid : throw new UsageException($"bad OID '{text}': {problem}");

    private static string DescribeError(SnmpTarget target, Pdu response)
    {
        var at = "";
        if (response.ErrorIndex >= 1 && response.ErrorIndex <= response.Varbinds.Count)
            at = $" at {response.Varbinds[response.ErrorIndex - 1].Oid.ToNumericString()}";
        return $"{target.EndPoint} answered {response.ErrorStatus}{at}";
    }
}

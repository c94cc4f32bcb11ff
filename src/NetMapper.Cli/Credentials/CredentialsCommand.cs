using System.CommandLine;
using System.Text.Json;
using NetMapper.Cli.Common;
using NetMapper.Credentials;
using NetMapper.Snmp;

namespace NetMapper.Cli.Credentials;

/// <summary>
/// <c>netmapper credentials add|list|remove</c>: SNMP secrets for unattended runs in an encrypted store kept apart from
/// the scan database, referred to as <c>store:NAME</c>. Changes are recorded in the scan database's audit log, by name.
/// </summary>
internal static class CredentialsCommand
{
    public static Command Build()
    {
        var command = new Command("credentials", "Keep SNMP secrets in an encrypted store for unattended scans (store:NAME)");
        command.Subcommands.Add(CredentialsAddCommand.Build());
        command.Subcommands.Add(BuildList());
        command.Subcommands.Add(BuildRemove());
        return command;
    }

    private static Command BuildList()
    {
        var command = new Command("list", "List the stored credentials' names and kinds (never their secrets)");
        var store = StoreAccess.StoreOption();
        var json = new Option<bool>("--json") { Description = "print JSON" };
        command.Options.Add(store);
        command.Options.Add(json);
        command.SetGuardedAction(async (result, output, _) =>
        {
            string path = StoreAccess.PathOf(result.GetValue(store));
            List<StoredCredential> credentials;
            using (var opened = StoreAccess.Open(path)) credentials = opened.Credentials.ToList();
            if (result.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(
                    credentials.Select(Listed).ToArray(), CredentialListJson.Default.ListedCredentialArray));
                return ExitCodes.Ok;
            }
            if (credentials.Count == 0)
            {
                await output.WriteLineAsync($"credential store '{path}' holds no credentials");
                return ExitCodes.Ok;
            }
            var table = Tables.Create("name", "kind", "detail");
            foreach (var credential in credentials) table.AddCells(credential.Name.Value, credential.Kind, credential.Detail);
            table.Write(Terminal.For(output));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildRemove()
    {
        var command = new Command("remove", "Remove a stored credential");
        var name = new Argument<string>("NAME") { Description = "the credential's name" };
        var (store, db) = (StoreAccess.StoreOption(), StoreAccess.AuditDbOption());
        command.Arguments.Add(name);
        command.Options.Add(store);
        command.Options.Add(db);
        command.SetGuardedAction(async (result, output, _) =>
        {
            var credentialName = CredentialName.Parse(result.GetValue(name)!);
            string path = StoreAccess.PathOf(result.GetValue(store));
            using (var opened = StoreAccess.Open(path))
            {
                opened.Remove(credentialName);
                opened.Save();
            }
            AuditTrail.Record(result.GetValue(db)!, result, ExitCodes.Ok, null);
            await output.WriteLineAsync($"credential '{credentialName}' removed from {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A credential as <c>list --json</c> shows it: {name, kind, user, auth, priv}; no field holds a secret.</summary>
    internal sealed record ListedCredential(string Name, string Kind, string? User, string? Auth, string? Priv);

    private static ListedCredential Listed(StoredCredential stored) => stored.Credentials is UsmCredentials user
        ? new(stored.Name.Value, stored.Kind, user.UserName, ProtocolNames.Name(user.Auth), ProtocolNames.Name(user.Priv))
        : new(stored.Name.Value, stored.Kind, null, null, null);
}

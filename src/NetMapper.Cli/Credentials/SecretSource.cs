using NetMapper.Cli.Common;
using NetMapper.Snmp;

namespace NetMapper.Cli.Credentials;

/// <summary>
/// The secrets <c>credentials add</c> stores: typed at the terminal without echo, or one per line on standard input
/// with <c>--secret-stdin</c> (for scripts). Never from the command line, where the process list shows them.
/// </summary>
internal sealed class SecretSource(bool fromStandardInput, string credential)
{
    private int linesRead;

    /// <param name="what">"community", "authentication pass phrase", ...: named in the prompt and in errors.</param>
    public Secret Read(string what)
    {
        string? text;
        if (fromStandardInput)
        {
            text = Console.In.ReadLine();
            linesRead++;
            if (text is null)
                throw new UsageException($"--secret-stdin: line {linesRead} (the {what} of '{credential}') is missing");
        }
        else
        {
            if (Console.IsInputRedirected)
                throw new UsageException($"credentials add {credential}: no terminal to type the {what}; pipe it with --secret-stdin");
            text = SecretPrompt.Read($"{what} of '{credential}'").Reveal();
        }
        text = text.TrimEnd('\r');
        return text.Length > 0 ? new Secret(text)
            : throw new UsageException($"credentials add {credential}: the {what} is empty");
    }
}

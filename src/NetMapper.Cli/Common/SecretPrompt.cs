using NetMapper.Snmp;

namespace NetMapper.Cli.Common;

/// <summary>Reads a secret typed at the terminal without echoing it (for <c>prompt</c> in place of a secret).</summary>
internal static class SecretPrompt
{
    public static Secret Read(string what)
    {
        if (Console.IsInputRedirected) throw new UsageException($"{what}: 'prompt' needs a terminal; use env:VARNAME instead");
        Console.Error.Write($"{what}: ");
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; continue; }
            text.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return new Secret(text.ToString());
    }
}

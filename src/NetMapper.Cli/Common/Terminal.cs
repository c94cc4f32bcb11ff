using Spectre.Console;

namespace NetMapper.Cli.Common;

/// <summary>Spectre.Console over the command's output writer, so tests capture tables and progress like any output.</summary>
internal static class Terminal
{
    private const int UnwrappedWidth = 100_000;

    public static IAnsiConsole For(TextWriter output)
    {
        bool interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Files and pipes: no terminal to wrap for, so no line is ever broken (tables take their natural width).
        if (!interactive) console.Profile.Width = UnwrappedWidth;
        return console;
    }
}

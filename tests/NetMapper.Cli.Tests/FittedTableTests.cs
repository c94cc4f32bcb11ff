using NetMapper.Cli.Common;
using Spectre.Console;

namespace NetMapper.Cli.Tests;

public class FittedTableTests
{
    private static string[] Render(int width, FittedTable table)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = width;
        table.Write(console);
        return output.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public void A_wide_table_keeps_one_line_per_row_on_an_80_column_terminal_and_cuts_with_an_ellipsis()
    {
        var table = Tables.Create("id", "name", "model", "osVersion", "role");
        table.AddCells("mac:00:1d:a2:cb:27:80", "core-sw1", "C9500-48Y4C", "Cisco IOS XE Software, Version 17.12.4 (Dublin)", "l3Switch");
        table.AddCells("serial:cisco:FOC2402Q1HV", "防火牆外部一號機", "FGT-600E", "v6.2.15,build1378,230612 (GA)", "firewall");

        var lines = Render(80, table);

        Assert.Equal(6, lines.Length); // top border, header, rule, two rows, bottom border
        Assert.All(lines, line => Assert.True(line.Length <= 80, $"{line.Length}: {line}"));
        Assert.Contains("…", lines[3], StringComparison.Ordinal);
        Assert.Contains("core-sw1", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_that_fits_is_printed_whole()
    {
        var table = Tables.Create("a", "b").AddCells("one", "two");

        var lines = Render(80, table);

        Assert.Contains("one", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain("…", string.Join('\n', lines), StringComparison.Ordinal);
    }
}

using Spectre.Console;

namespace NetMapper.Cli.Common;

/// <summary>
/// Terminal tables that fit the terminal: a cell too wide for its column is cut with an ellipsis instead of wrapping
/// over several lines (an 80-column terminal keeps one line per row). JSON output has every value whole.
/// </summary>
internal static class Tables
{
    public static Table Create(params string[] headers)
    {
        var table = new Table();
        foreach (var header in headers) table.AddColumn(new TableColumn(Markup.Escape(header)) { NoWrap = true });
        return table;
    }

    public static Markup Cell(string text) => new(Markup.Escape(text)) { Overflow = Overflow.Ellipsis };

    public static Table AddCells(this Table table, params string[] cells) => table.AddRow(cells.Select(Cell).ToArray());
}

using System.Globalization;
using System.Text;
using Spectre.Console;

namespace NetMapper.Cli.Common;

/// <summary>Creates the terminal tables every command prints.</summary>
internal static class Tables
{
    public static FittedTable Create(params string[] headers) => new(headers);
}

/// <summary>
/// A terminal table that fits its terminal: when the rows are wider than the screen, the widest columns give way first
/// and their cells are cut with an ellipsis, so an 80-column terminal keeps one line per row. Output that is not a
/// terminal gets every value whole (its width is unbounded, see <see cref="Terminal"/>).
/// </summary>
internal sealed class FittedTable(IReadOnlyList<string> headers)
{
    private const int NarrowestColumn = 4, BorderPerColumn = 3, BorderEnd = 1;
    private readonly List<string[]> rows = [];

    public FittedTable AddCells(params string[] cells)
    {
        rows.Add(cells);
        return this;
    }

    public void Write(IAnsiConsole console)
    {
        var widths = Fit(NaturalWidths(), console.Profile.Width);
        var table = new Table();
        for (int c = 0; c < headers.Count; c++)
            table.AddColumn(new TableColumn(Markup.Escape(Cut(headers[c], widths[c]))) { NoWrap = true });
        foreach (var row in rows) table.AddRow(row.Select((cell, c) => new Markup(Markup.Escape(Cut(cell, widths[c])))).ToArray());
        console.Write(table);
    }

    private int[] NaturalWidths() =>
        headers.Select((h, c) => rows.Select(r => CellWidth(r[c])).Append(CellWidth(h)).Max()).ToArray();

    /// <summary>Narrows the widest column one step at a time until the table fits (water-filling).</summary>
    private static int[] Fit(int[] widths, int screen)
    {
        int available = screen - BorderEnd - BorderPerColumn * widths.Length;
        while (widths.Sum() > available)
        {
            int widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= NarrowestColumn) break;
            widths[widest]--;
        }
        return widths;
    }

    /// <summary>The text cut to a width with an ellipsis; Chinese characters take two columns.</summary>
    private static string Cut(string text, int width)
    {
        if (CellWidth(text) <= width) return text;
        var cut = new StringBuilder();
        int used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            int w = RuneWidth(rune);
            if (used + w > width - 1) break;
            cut.Append(rune.ToString());
            used += w;
        }
        return cut.Append('…').ToString();
    }

    private static int CellWidth(string text) => text.EnumerateRunes().Sum(RuneWidth);

    private static int RuneWidth(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => 0,
        _ => IsWide(rune.Value) ? 2 : 1,
    };

    /// <summary>East Asian wide and full-width ranges (CJK, Hangul, full-width forms).</summary>
    private static bool IsWide(int c) => c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
        or >= 0x20000 and <= 0x3FFFD;
}

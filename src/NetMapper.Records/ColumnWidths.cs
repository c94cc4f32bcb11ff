namespace NetMapper.Records;

/// <summary>
/// How wide a column must be to show its header and cells, in Excel's width unit (the width of one digit): a Chinese
/// character takes two, so a column of Chinese text is not cut at half its length.
/// </summary>
public static class ColumnWidths
{
    public const double Narrowest = 6, Widest = 60;
    private const double Padding = 2;

    public static double Of(string header, IEnumerable<RecordCell> cells)
    {
        int widest = cells.Select(c => DisplayWidth(c.Text)).Append(DisplayWidth(header)).Max();
        return Math.Clamp(widest + Padding, Narrowest, Widest);
    }

    public static int DisplayWidth(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    /// <summary>East Asian wide and full-width characters: CJK, Hangul, kana, full-width forms and punctuation.</summary>
    private static bool IsWide(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF'
        or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F'
        or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}

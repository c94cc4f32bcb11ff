using System.Globalization;

namespace NetMapper.Records;

/// <summary>
/// One cell of a record: text, or a whole number (a count, a VLAN, a metric) that the workbook stores as a number so that
/// it sorts, sums and filters as one. An empty cell is empty text.
/// </summary>
public readonly record struct RecordCell
{
    private RecordCell(string text, long? number) => (Text, Number) = (text, number);

    public string Text { get; }
    public long? Number { get; }

    public static RecordCell Empty { get; } = new("", null);

    public static RecordCell Of(long number) => new(number.ToString(CultureInfo.InvariantCulture), number);

    /// <summary>A number where there is one, else an empty cell.</summary>
    public static RecordCell Of(long? number) => number is long n ? Of(n) : Empty;

    public static implicit operator RecordCell(string text) => new(text, null);

    public override string ToString() => Text;
}

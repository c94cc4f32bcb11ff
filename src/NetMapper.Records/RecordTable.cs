namespace NetMapper.Records;

/// <summary>One record of Article 4.2 as a table: a sheet of the workbook, or one CSV file.</summary>
public sealed record RecordTable(
    string Id, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<RecordCell>> Rows);

/// <summary>Headers and titles in the auditor's language: Traditional Chinese or English.</summary>
internal sealed class Words(string language)
{
    public bool Chinese { get; } = language == "zh-TW";
    public string this[string en, string zh] => Chinese ? zh : en;
}

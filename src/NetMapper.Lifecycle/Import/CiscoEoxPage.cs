using System.Text.Json;
using NetMapper.Lifecycle.Catalog;

namespace NetMapper.Lifecycle.Import;

/// <summary>One response of the EoX API: a page of the records one query matched.</summary>
internal sealed record CiscoEoxPage(string File, string Query, int Index, int Last, IReadOnlyList<HardwareEntry> Entries)
{
    public static CiscoEoxPage Read(string text, string file, CiscoEoxImportOptions options, ICollection<ImportWarning> warnings)
    {
        using var document = ImportJson.Parse(text, file);
        var root = document.RootElement;
        if (root.Member("EOXRecord") is not { ValueKind: JsonValueKind.Array } records)
            throw ImportSource.Invalid(file, "", "EOXRecord", "missing: not a Cisco EoX API v5 response");
        var paging = root.Member("PaginationResponseRecord") ?? default;
        var entries = new List<HardwareEntry>();
        var index = 0;
        foreach (var record in records.EnumerateArray())
        {
            if (CiscoEoxRecord.Read(record, file, index++, options, warnings) is { } entry) entries.Add(entry);
        }
        if (index == 0) warnings.Add(new(file, "", "no result: the response has no EOXRecord"));
        var query = index == 0 ? "" : records[0].Text("EOXInputValue");
        return new(file, query, Math.Max(1, paging.Number("PageIndex")), Math.Max(1, paging.Number("LastIndex")), entries);
    }
}

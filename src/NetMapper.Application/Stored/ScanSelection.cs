using System.Globalization;

namespace NetMapper.Application.Stored;

/// <summary>Which stored scan a job reads: the latest one, or one by its number.</summary>
public readonly record struct ScanSelection(int? Id)
{
    public static ScanSelection Latest => new(null);

    public static ScanSelection Of(int id) => new(id);

    public override string ToString() => Id?.ToString(CultureInfo.InvariantCulture) ?? "latest";
}

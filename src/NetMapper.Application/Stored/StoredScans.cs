using NetMapper.Storage;

namespace NetMapper.Application.Stored;

/// <summary>Reading scans from the store, read-only: a job that only reads never changes the database file.</summary>
public static class StoredScans
{
    public static LoadedScan Load(string db, ScanSelection which)
    {
        using var store = ScanStore.Open(db, readOnly: true);
        var info = which.Id is int id ? store.GetScan(id) : store.Latest();
        return new LoadedScan(info, store.LoadGraph(info.Id));
    }

    /// <summary>The latest complete scan before this one, if any: what a refresh compares with.</summary>
    public static int? PreviousComplete(string db, int scanId)
    {
        using var store = ScanStore.Open(db, readOnly: true);
        return store.ListScans().LastOrDefault(s => s.Id < scanId && s.Status == ScanStatus.Complete)?.Id;
    }
}

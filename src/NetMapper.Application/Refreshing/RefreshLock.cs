namespace NetMapper.Application.Refreshing;

/// <summary>
/// One refresh at a time per database: an exclusive lock on "DB.lock" (flock on Linux, a share lock on Windows), held
/// for the whole run and released by the operating system if the process dies.
/// </summary>
internal sealed class RefreshLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private readonly FileStream stream;

    private RefreshLock(FileStream stream) => this.stream = stream;

    public static async Task<RefreshLock> AcquireAsync(string db, TimeSpan wait, CancellationToken cancellationToken)
    {
        string path = Path.GetFullPath(db) + ".lock";
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try { return new RefreshLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)); }
            catch (IOException) when (DateTime.UtcNow < deadline) { await Task.Delay(Poll, cancellationToken).ConfigureAwait(false); }
            catch (IOException)
            {
                throw new JobException(JobFailure.Busy, $"another refresh is writing '{db}' (lock '{path}')");
            }
        }
    }

    public void Dispose() => stream.Dispose();
}

using NetMapper.Application;
using NetMapper.Capture;
using NetMapper.Credentials;
using NetMapper.Diagrams;
using NetMapper.Discovery.Definitions;
using NetMapper.Lab.Spec;
using NetMapper.Report;
using NetMapper.Lifecycle;
using NetMapper.Snmp;
using NetMapper.Storage;
using NetMapper.Zones;

namespace NetMapper.Cli.Common;

/// <summary>
/// The one place that turns each layer's exception family into an exit code and the line the user reads. Every
/// message names the input and what is wrong; none carries a .NET type name or a stack trace.
/// </summary>
internal static class Failures
{
    public static (int ExitCode, string Message) Describe(Exception e) => e switch
    {
        CliException cli => (cli.ExitCode, cli.Message),
        JobException job => (ExitCodes.Usage, JobMessage(job)),
        StorageException storage => (StorageExit(storage.Failure), StorageMessage(storage)),
        CredentialStoreException credentials => (CredentialStoreExit(credentials.Failure), credentials.Message),
        CaptureException capture => (CaptureExit(capture.Failure), capture.Message),
        DiagramException diagram => (DiagramExit(diagram.Failure), diagram.Message),
        ReportException report => (report.Failure == ReportFailure.Unwritable ? ExitCodes.Environment : ExitCodes.Usage, report.Message),
        LifecycleException lifecycle => (ExitCodes.Usage, lifecycle.Message),
        DefinitionException definitions => (ExitCodes.Usage, definitions.Message),
        ZonePolicyException or LabSpecException => (ExitCodes.Usage, e.Message),
        SnmpException => (ExitCodes.Failed, e.Message),
        UnauthorizedAccessException => (ExitCodes.Environment, $"permission denied: {e.Message}"),
        IOException => (ExitCodes.Environment, e.Message),
        _ => (ExitCodes.Internal, InternalMessage(e)),
    };

    private static string InternalMessage(Exception e) =>
        $"internal error: {e.Message} (a NetMapper bug: please report it; NETMAPPER_DEBUG=1 shows the details)";

    // The advice names the option that waits; the application layer cannot know it.
    private static string JobMessage(JobException e) =>
        e.Failure == JobFailure.Busy ? $"{e.Message}; wait for it, or give --wait SECONDS" : e.Message;

    private static int DiagramExit(DiagramFailure failure) =>
        failure == DiagramFailure.Unwritable ? ExitCodes.Environment : ExitCodes.Failed;

    private static int StorageExit(StorageFailure failure) => failure switch
    {
        StorageFailure.Damaged => ExitCodes.Failed,
        StorageFailure.Unwritable => ExitCodes.Environment,
        _ => ExitCodes.Usage,
    };

    private static string StorageMessage(StorageException e)
    {
        // The advice names a command the user can type here (see SelfCommand); the storage layer cannot know it.
        if (e.Failure == StorageFailure.NoSuchScan && e.File.Length > 0)
            return $"{e.Message} (see '{SelfCommand.Name} scans --db {e.File}')";
        if (e.Failure == StorageFailure.Missing) return $"{e.Message} (run '{SelfCommand.Name} scan' first, or give --db)";
        if (e.Failure != StorageFailure.Damaged) return e.Message;
        string readable = e.ReadableScans.Count > 0
            ? $"scans still readable: {string.Join(", ", e.ReadableScans)} (read them with --scan N)"
            : "no scan in it can be read";
        return $"{e.Message}; {readable}. The file was not changed: keep it as evidence and restore the database from a backup";
    }

    private static int CredentialStoreExit(CredentialStoreFailure failure) => failure switch
    {
        CredentialStoreFailure.WrongKeyOrDamaged => ExitCodes.Failed,
        CredentialStoreFailure.Unwritable or CredentialStoreFailure.Unavailable => ExitCodes.Environment,
        _ => ExitCodes.Usage,
    };

    private static int CaptureExit(CaptureFailure failure) => failure switch
    {
        CaptureFailure.NeedsPrivileges or CaptureFailure.LibpcapMissing => ExitCodes.Environment,
        CaptureFailure.NotFound => ExitCodes.Usage,
        _ => ExitCodes.Failed,
    };
}

namespace NetMapper.Cli.Common;

/// <summary>What netmapper's exit code means; <see cref="Failures"/> is the one place that picks it.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>It ran and failed or found nothing: the network said no, a database is damaged, a check failed.</summary>
    public const int Failed = 1;
    /// <summary>The command line or an input file is wrong.</summary>
    public const int Usage = 2;
    /// <summary>This machine lacks something: privileges, libpcap, a font, a writable folder.</summary>
    public const int Environment = 3;
    /// <summary>Stopped by Ctrl-C or SIGTERM (what was collected is kept), as shells report SIGINT.</summary>
    public const int Interrupted = 130;
    /// <summary>A NetMapper bug (EX_SOFTWARE).</summary>
    public const int Internal = 70;
}

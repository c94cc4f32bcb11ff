namespace NetMapper.Cli.Common;

internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The network said no: timeout, wrong credentials, an error-status.</summary>
    public const int Failed = 1;
    /// <summary>The command line or an input file is wrong.</summary>
    public const int Usage = 2;
    /// <summary>Stopped by Ctrl-C or SIGTERM (what was collected is kept), as shells report SIGINT.</summary>
    public const int Interrupted = 130;
    /// <summary>A NetMapper bug (EX_SOFTWARE).</summary>
    public const int Internal = 70;
}

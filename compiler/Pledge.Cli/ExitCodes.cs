namespace Pledge.Cli;

/// <summary>The process exit codes; documented in docs/cli.md and relied on by CI scripts.</summary>
public static class ExitCodes
{
    /// <summary>No errors (warnings and infos do not fail), or nothing to reformat.</summary>
    public const int Success = 0;

    /// <summary>The contracts have errors, or <c>format --check</c> found files to reformat.</summary>
    public const int Failure = 1;

    /// <summary>The command line or its inputs are wrong: unknown option, missing path, unreadable file.</summary>
    public const int Usage = 2;

    /// <summary>A bug in pledge itself.</summary>
    public const int InternalError = 3;
}

namespace Pledge.Cli;

/// <summary>
/// Everything a command needs from its surroundings. Passed explicitly (not read from <see cref="Console"/> or
/// the process's current directory) so that tests can run many invocations in parallel in one process.
/// </summary>
/// <param name="WorkingDirectory">Relative input paths are resolved, and output paths shown, relative to this.</param>
/// <param name="ColorSupported">True when stdout is a terminal that should get ANSI colors (unless --no-color).</param>
public sealed record CliContext(TextWriter Stdout, TextWriter Stderr, string WorkingDirectory, bool ColorSupported)
{
    public static CliContext ForConsole(TextWriter stdout, TextWriter stderr)
    {
        // https://no-color.org: any non-empty NO_COLOR disables color; TERM=dumb cannot show it.
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                      || Environment.GetEnvironmentVariable("TERM") == "dumb";
        return new CliContext(stdout, stderr, Directory.GetCurrentDirectory(), !Console.IsOutputRedirected && !noColor);
    }
}

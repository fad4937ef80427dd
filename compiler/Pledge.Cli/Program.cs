using System.CommandLine;
using System.Text;
using Pledge.Cli.Commands;

namespace Pledge.Cli;

/// <summary>
/// Entry point of the <c>pledge</c> command. <see cref="Run(string[], TextWriter, TextWriter)"/> is public so that
/// tests drive the whole CLI in-process and capture its output instead of spawning a process per case.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Messages quote CJK contract text, so the output is UTF-8 whatever the console's default; stdout is
        // buffered (Console.Out flushes on every write, which dominates the time of a large SARIF log).
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        try
        {
            return Run(args, CliContext.ForConsole(stdout, stderr));
        }
        finally
        {
            stdout.Flush();
        }
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliContext(stdout, stderr, Directory.GetCurrentDirectory(), ColorSupported: false));

    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("pledge: check and format Pledge service-guarantee contracts (.sla files)")
        {
            CheckCommand.Create(context),
            FormatCommand.Create(context),
            RenderCommand.Create(context),
            EvalCommand.Create(context),
            BuildCommand.Create(context),
            CertifyCommand.Create(context),
            VerifyCommand.Create(context),
        };

        var result = root.Parse(args);

        // System.CommandLine would print the errors plus the whole help text and exit 1; a usage problem must be
        // one line on stderr and exit 2 so that scripts can tell it apart from "the contracts have errors".
        if (result.Errors.Count > 0)
        {
            context.Stderr.WriteLine($"pledge: error: {MostSpecific(result.Errors)} (see `pledge --help`)");
            return ExitCodes.Usage;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration
            {
                Output = context.Stdout,
                Error = context.Stderr,
                // Our actions handle their own failures; an unexpected exception is reported below as one line.
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliUsageException e)
        {
            context.Stderr.WriteLine($"pledge: error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Stderr.WriteLine($"pledge: internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// `pledge frob` yields "Required command was not provided" before "Unrecognized command or argument 'frob'";
    /// the latter is the one that tells the user what to fix. Whitespace is collapsed to keep it one line.
    /// </summary>
    private static string MostSpecific(IReadOnlyList<System.CommandLine.Parsing.ParseError> errors)
    {
        var chosen = errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? errors[0];
        return string.Join(' ', chosen.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

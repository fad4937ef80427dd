using System.CommandLine;
using System.Text;
using Pledge.Cli.Input;
using Pledge.Cli.Output;
using Pledge.Compiler;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Printing;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Cli.Commands;

/// <summary>
/// <c>pledge format [--check] PATH…</c>: rewrites files in the canonical layout. A file with syntax errors is never
/// rewritten (the formatter would have to guess what the broken text meant); its errors are printed instead.
/// </summary>
public static class FormatCommand
{
    // Contracts are saved as UTF-8 without a byte order mark, whatever they were before.
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "The .sla files to format, or folders to search recursively for them",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Option<bool>("--check") { Description = "Write nothing; list the files that would change and exit 1 if there are any" };
        var noColor = new Option<bool>("--no-color") { Description = "Do not color the error output" };

        var command = new Command("format", "Rewrite contracts in the canonical layout") { paths, check, noColor };
        command.SetAction(result => Run(context, result.GetValue(paths) ?? [], result.GetValue(check), result.GetValue(noColor)));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> paths, bool checkOnly, bool noColor)
    {
        var files = SourceFileResolver.Resolve(paths, context.WorkingDirectory);
        var errorWriter = new TextDiagnosticWriter(context.ColorSupported && !noColor);
        var changed = 0;
        var withErrors = 0;

        foreach (var file in files)
        {
            var bytes = ReadBytes(file, context.WorkingDirectory);
            var source = new SourceText(file, FileSystemSourceProvider.Decode(bytes, out var encodingError));
            var tree = SyntaxTree.Parse(source);
            var errors = tree.Diagnostics.Where(d => d.IsError).ToList();
            if (encodingError is { } offset) errors.Insert(0, DiagnosticCatalogue.BadEncoding(new TextSpan(offset, 1)));
            if (errors.Count > 0)
            {
                withErrors++;
                foreach (var error in errors)
                {
                    errorWriter.WriteOne(context.Stdout, ReportedDiagnostic.From(new FileDiagnostic(source, error), context.WorkingDirectory));
                    context.Stdout.WriteLine();
                }
                continue;
            }

            var formatted = Utf8NoBom.GetBytes(SlaFormatter.Format(tree));
            if (formatted.AsSpan().SequenceEqual(bytes)) continue;

            changed++;
            context.Stdout.WriteLine(PathDisplay.Show(file, context.WorkingDirectory));
            if (!checkOnly) WriteBytes(file, formatted, context.WorkingDirectory);
        }

        context.Stdout.WriteLine(Summary(checkOnly, changed, files.Count, withErrors));
        var failed = withErrors > 0 || (checkOnly && changed > 0);
        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Summary(bool checkOnly, int changed, int total, int withErrors)
    {
        var files = total == 1 ? "file" : "files";
        var summary = checkOnly
            ? $"{changed} of {total} {files} would be reformatted"
            : $"reformatted {changed} of {total} {files}";
        if (withErrors > 0) summary += $"; {withErrors} with syntax errors left unchanged";
        return summary;
    }

    private static byte[] ReadBytes(string file, string workingDirectory)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read `{PathDisplay.Show(file, workingDirectory)}`: {e.Message}");
        }
    }

    /// <summary>
    /// Writes next to the file and then renames over it, so an interrupted run never leaves a half-written contract;
    /// the original's permissions are carried over.
    /// </summary>
    private static void WriteBytes(string file, byte[] bytes, string workingDirectory)
    {
        var temporary = file + ".pledge-format.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(file));
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw new CliUsageException($"cannot write `{PathDisplay.Show(file, workingDirectory)}`: {e.Message}");
        }
    }
}

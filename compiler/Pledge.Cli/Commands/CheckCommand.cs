using System.CommandLine;
using Pledge.Cli.Input;
using Pledge.Cli.Output;
using Pledge.Compiler;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Cli.Commands;

/// <summary>
/// <c>pledge check PATH… [--format text|json|msbuild|sarif] [--no-color]</c>: compiles every file at once and
/// reports all syntax and naming problems of all of them, so one run shows everything there is to fix.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "The .sla files to check, or folders to search recursively for them",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print diagnostics: text (for people), json, msbuild (for IDEs and CI logs) or sarif (for code scanning)",
            DefaultValueFactory = _ => OutputFormat.Text,
            HelpName = string.Join('|', OutputFormat.All),
        };
        format.AcceptOnlyFromAmong(OutputFormat.All);
        var noColor = new Option<bool>("--no-color") { Description = "Do not color the text output" };

        var command = new Command("check", "Report the syntax and naming errors of contracts") { paths, format, noColor };
        command.SetAction(result => Run(
            context,
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? OutputFormat.Text,
            result.GetValue(noColor)));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> paths, string format, bool noColor)
    {
        var files = SourceFileResolver.Resolve(paths, context.WorkingDirectory);

        Compilation compilation;
        try
        {
            compilation = Compilation.Create(files);
        }
        catch (PledgeIOException e)
        {
            throw new CliUsageException($"cannot read `{PathDisplay.Show(e.Path, context.WorkingDirectory)}`: {e.Reason.ReplaceLineEndings(" ")}");
        }

        var diagnostics = compilation.GetDiagnostics()
            .Where(d => d.Diagnostic.Level != DiagnosticLevel.Off)
            .Select(d => ReportedDiagnostic.From(d, context.WorkingDirectory))
            .ToList();

        var writer = OutputFormat.CreateWriter(format, color: context.ColorSupported && !noColor);
        writer.Write(context.Stdout, diagnostics, compilation.SyntaxTrees.Length);

        // Only errors fail: warnings and infos are advice, and a CI gate on them is a project's own choice.
        return diagnostics.Any(d => d.Diagnostic.IsError) ? ExitCodes.Failure : ExitCodes.Success;
    }
}

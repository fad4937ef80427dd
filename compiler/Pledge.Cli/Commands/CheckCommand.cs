using System.CommandLine;
using Pledge.Cli.Input;
using Pledge.Cli.Output;
using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Pledge.Compiler.Checks.Fixes;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Cli.Commands;

/// <summary>
/// <c>pledge check PATH… [--format text|json|msbuild|sarif] [--no-color] [--fix]</c>: compiles every file at once and
/// reports every problem of all of them (syntax, names, consistency, ambiguity, language), at the levels
/// `pledge.json` sets, so one run shows everything there is to fix. <c>--fix</c> first applies the safe fixes.
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
        var fix = new Option<bool>("--fix") { Description = "Apply the safe fixes (those that cannot change what a contract means) to the files, then report what is left" };

        var command = new Command("check", "Report the errors, inconsistencies and ambiguities of contracts") { paths, format, noColor, fix };
        command.SetAction(result => Run(
            context,
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? OutputFormat.Text,
            result.GetValue(noColor),
            result.GetValue(fix)));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> paths, string format, bool noColor, bool fix = false)
    {
        var files = SourceFileResolver.Resolve(paths, context.WorkingDirectory);
        if (fix) ApplySafeFixes(context, files);

        Compilation compilation;
        try
        {
            compilation = Compilation.Create(files);
        }
        catch (PledgeIOException e)
        {
            throw new CliUsageException($"cannot read `{PathDisplay.Show(e.Path, context.WorkingDirectory)}`: {e.Reason.ReplaceLineEndings(" ")}");
        }

        var diagnostics = ContractAnalysis.Run(compilation)
            .Where(d => d.Diagnostic.Level != DiagnosticLevel.Off)
            .Select(d => ReportedDiagnostic.From(d, context.WorkingDirectory))
            .ToList();

        var writer = OutputFormat.CreateWriter(format, color: context.ColorSupported && !noColor);
        writer.Write(context.Stdout, diagnostics, compilation.SyntaxTrees.Length);

        // Only errors fail: warnings and infos are advice, and a CI gate on them is a project's own choice.
        return diagnostics.Any(d => d.Diagnostic.IsError) ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Writes the safe fixes into the files; the summary goes to stderr so that JSON and SARIF stay clean.</summary>
    private static void ApplySafeFixes(CliContext context, IReadOnlyList<string> files)
    {
        FixResult result;
        try
        {
            result = SafeFixRunner.Run(files);
        }
        catch (PledgeIOException e)
        {
            throw new CliUsageException($"cannot read `{PathDisplay.Show(e.Path, context.WorkingDirectory)}`: {e.Reason.ReplaceLineEndings(" ")}");
        }
        foreach (var (path, text) in result.Texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            context.Stderr.WriteLine($"pledge: fixed {result.Applied[path]} problem(s) in {PathDisplay.Show(path, context.WorkingDirectory)}");
        }
    }
}

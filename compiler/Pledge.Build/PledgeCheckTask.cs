using Microsoft.Build.Framework;
using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Pledge.Compiler.Checks.Configuration;
using Pledge.Dsl.Diagnostics;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace Pledge.Build;

/// <summary>
/// Checks a project's contracts as `pledge check` does (the same <see cref="ContractAnalysis"/>) and logs every
/// diagnostic to MSBuild with its file, code and 1-based range, so the console prints
/// <c>file(line,col,endLine,endCol): error PLG3001: message [hint]</c> and IDEs list it. Errors fail the task;
/// warnings fail it only with <see cref="TreatWarningsAsErrors"/>; infos are high-importance messages.
/// </summary>
public sealed class PledgeCheckTask : MSBuildTask
{
    /// <summary>The `.sla` files to check (the roots; what they import is read and checked too).</summary>
    [Required]
    public ITaskItem[] Contracts { get; set; } = [];

    /// <summary>Report warnings as errors and fail on them.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>
    /// Where to write, one full path a line, every file the check read (the contracts, their imports and the
    /// pledge.json files that set their levels): the targets feed it back as inputs of the next build.
    /// </summary>
    public string? DependencyFile { get; set; }

    /// <summary>How many errors (including warnings made errors), warnings and infos were logged.</summary>
    [Output]
    public int ErrorCount { get; private set; }

    [Output]
    public int WarningCount { get; private set; }

    public override bool Execute()
    {
        try
        {
            Check();
        }
        catch (PledgeIOException e)
        {
            ErrorCount++;
            Log.LogError(null, null, null, e.Path, 0, 0, 0, 0, "cannot read `{0}`: {1}", e.Path, OneLine(e.Reason));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A crash in the compiler is one error with the internal-error code, never a failed MSBuild node.
            ErrorCount++;
            Log.LogError(null, DiagnosticCatalogue.InternalError.Code, DiagnosticCatalogue.InternalError.Code, null, 0, 0, 0, 0,
                "internal error in pledge ({0}: {1}); please report it", e.GetType().Name, OneLine(e.Message));
            Log.LogMessage(MessageImportance.Low, e.ToString());
        }
        return !Log.HasLoggedErrors && ErrorCount == 0;
    }

    private void Check()
    {
        var paths = Contracts
            .Select(item => item.GetMetadata("FullPath") is { Length: > 0 } full ? full : Path.GetFullPath(item.ItemSpec))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (paths.Count == 0) return;

        var compilation = Compilation.Create(paths);
        var configuration = new ConfigurationLoader();
        var diagnostics = ContractAnalysis.Run(compilation, new AnalysisOptions(Configuration: configuration));
        foreach (var d in diagnostics) Report(d);

        if (!string.IsNullOrEmpty(DependencyFile)) WriteDependencies(compilation, configuration, DependencyFile);
        Log.LogMessage(MessageImportance.Normal, "pledge: checked {0} file(s): {1} error(s), {2} warning(s)",
            compilation.SyntaxTrees.Length, ErrorCount, WarningCount);
    }

    private void Report(FileDiagnostic fileDiagnostic)
    {
        var (source, diagnostic) = (fileDiagnostic.Source, fileDiagnostic.Diagnostic);
        var start = source.Lines.GetPosition(diagnostic.Span.Start);
        var end = source.Lines.GetPosition(diagnostic.Span.End);
        var (line, column, endLine, endColumn) = (start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
        var message = Format(diagnostic);
        var code = diagnostic.Code;
        var file = source.Path;

        switch (diagnostic.Level)
        {
            case DiagnosticLevel.Error:
            case DiagnosticLevel.Warning when TreatWarningsAsErrors:
                ErrorCount++;
                Log.LogError(null, code, code, file, line, column, endLine, endColumn, "{0}", message);
                break;
            case DiagnosticLevel.Warning:
                WarningCount++;
                Log.LogWarning(null, code, code, file, line, column, endLine, endColumn, "{0}", message);
                break;
            case DiagnosticLevel.Info:
                Log.LogMessage(null, code, code, file, line, column, endLine, endColumn, MessageImportance.High, "{0}", message);
                break;
        }
    }

    /// <summary>The message, then the hint in brackets, on one line (as `pledge check --format msbuild` prints it).</summary>
    internal static string Format(Diagnostic diagnostic)
    {
        var hint = string.IsNullOrEmpty(diagnostic.Hint) ? "" : $" [{OneLine(diagnostic.Hint)}]";
        return OneLine(diagnostic.Message) + hint;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private void WriteDependencies(Compilation compilation, ConfigurationLoader configuration, string dependencyFile)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.Path.Length == 0) continue;
            files.Add(tree.Path);
            if (configuration.For(tree.Path).Path is { } config) files.Add(Path.GetFullPath(config));
        }
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(dependencyFile));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.WriteAllLines(dependencyFile, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only incrementality suffers: the next build checks again.
            Log.LogMessage(MessageImportance.Normal, "pledge: could not write {0}: {1}", dependencyFile, e.Message);
        }
    }
}

using Pledge.Dsl.Syntax;

namespace Pledge.Dsl.Printing;

/// <summary>
/// The canonical layout of a `.sla` file (what `pledge format` writes). Formatting changes whitespace only:
/// every token, comment and skipped text stays, in order. It never throws; should a layout ever fail to keep the
/// text, the file is returned as it was (with normalised line breaks) rather than damaged.
/// </summary>
public static class SlaFormatter
{
    public static string Format(SyntaxTree tree, FormatOptions? options = null)
    {
        options ??= FormatOptions.Default;
        if (options.IndentSize < 0) options = options with { IndentSize = 0 };
        var source = tree.Root.ToFullString();
        try
        {
            var formatted = Layout(tree.Root, options);
            if (FormattingGuard.KeepsText(source, formatted)) return formatted;
        }
        catch (Exception)
        {
            // A bug in the layout must not cost the user their file: fall through to the unformatted text.
        }
        return FormattingGuard.Unformatted(source, options);
    }

    /// <summary>The layout without the safety net (tests use it to see layout bugs instead of the fallback).</summary>
    internal static string Layout(CompilationUnitSyntax root, FormatOptions options)
    {
        var plan = LayoutPlanner.Plan(root, options);
        var writer = new LineWriter();
        var fallback = new LayoutDirective(BreakKind.Space);
        foreach (var token in root.DescendantTokens())
        {
            // Every token is written even if the plan missed one: the plan only decides whitespace.
            var directive = plan.TryGetValue(token, out var planned) ? planned : fallback;
            writer.Write(token, directive);
            fallback = new LayoutDirective(BreakKind.Space, ContinuationIndent: directive.ContinuationIndent);
        }
        writer.Finish();
        ColumnAligner.Align(writer.Lines);
        TrailingCommentAligner.Align(writer.Lines);
        return LineRenderer.Render(writer.Lines, options);
    }
}

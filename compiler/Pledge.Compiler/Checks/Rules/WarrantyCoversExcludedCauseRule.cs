using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3014: a warranty does not cover and exclude the same cause: `covers NAME` whose NAME is also
/// named by the warranty's `excludes causes`, or by a top-level `exclusion` (which applies
/// everywhere). The fix removes the name from the warranty's own `excludes causes`; a top-level
/// exclusion is shared, so it is left to the author.
/// </summary>
public sealed class WarrantyCoversExcludedCauseRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.WarrantyCoversExcludedCause;

    public override void Check(CheckContext context)
    {
        foreach (var warranty in context.Warranties)
        {
            var own = warranty.Syntax.Body.Items.OfType<ExcludesCausesItemSyntax>().ToList();
            foreach (var covered in warranty.Covers)
            {
                var name = covered.Name;
                if (own.SelectMany(e => e.Causes.Items.Select(t => (Item: e, Token: t))).FirstOrDefault(p => p.Token.Text == name) is { Item: not null } hit)
                {
                    context.Report(covered.NameToken,
                        $"`covers {name}` covers a cause the same warranty excludes with `excludes causes {string.Join(", ", hit.Item.Causes.Items.Select(t => t.Text))}`: " +
                        $"a defect caused by `{name}` is both covered and not covered",
                        $"remove `{name}` from `excludes causes`, or stop covering it",
                        RemoveName(context, hit.Item, hit.Token));
                    continue;
                }
                if (context.Model.Exclusions.FirstOrDefault(x => x.Causes.Any(c => c.Name == name)) is { } exclusion)
                    context.Report(covered.NameToken,
                        $"`covers {name}` covers a cause the exclusion `{exclusion.Name}` excludes everywhere: a defect caused by `{name}` is both covered and not covered",
                        $"stop covering `{name}`, or remove it from the exclusion `{exclusion.Name}`");
            }
        }
    }

    /// <summary>Removes one name with its comma; the whole item when it is the only name and alone on its line.</summary>
    private static CodeFix? RemoveName(CheckContext context, ExcludesCausesItemSyntax item, SyntaxToken token)
    {
        var items = item.Causes.Items;
        var index = items.IndexOf(token);
        if (items.Length > 1 && item.Causes.Separators.Length >= items.Length - 1)
        {
            var span = index < items.Length - 1
                ? TextSpan.FromBounds(token.Span.Start, items[index + 1].Span.Start)
                : TextSpan.FromBounds(items[index - 1].Span.End, token.Span.End);
            return CodeFix.Replace($"remove `{token.Text}` from `excludes causes`", span, "");
        }
        var text = context.Tree.Source.Text;
        var lines = context.Tree.Source.Lines;
        var line = lines.GetPosition(item.Span.Start).Line;
        var start = lines.GetLineStart(line);
        var end = line + 1 < lines.LineCount ? lines.GetLineStart(line + 1) : text.Length;
        if (text[start..item.Span.Start].Trim().Length > 0 || text[item.Span.End..end].Trim().Length > 0) return null;
        return CodeFix.Replace($"remove `excludes causes {token.Text}`", TextSpan.FromBounds(start, end), "");
    }
}

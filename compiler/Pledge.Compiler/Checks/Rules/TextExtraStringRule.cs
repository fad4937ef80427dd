using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG5002: a text with more strings than the file's `languages`. Strings are matched to languages by
/// position, so the extra ones belong to no language and are never printed (and the others may be shifted).
/// </summary>
public sealed class TextExtraStringRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.TextExtraString;

    public override void Check(CheckContext context)
    {
        var languages = context.Model.Languages;
        if (languages.IsDefaultOrEmpty) return;
        foreach (var text in TextLanguages.All(context.Tree))
        {
            var count = text.Parts.Count;
            if (count <= languages.Length) continue;
            var extra = TextSpan.FromBounds(text.Parts.Separators[languages.Length - 1].Span.Start, text.Span.End);
            context.Report(extra,
                $"the text has {count} strings, but the file declares {languages.Length} {(languages.Length == 1 ? "language" : "languages")} ({TextLanguages.Tags(languages)}): the strings after the {Ordinal(languages.Length)} belong to no language",
                "remove the extra strings, or add their language to the `languages` line");
        }
    }

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => $"{n}th" };
}

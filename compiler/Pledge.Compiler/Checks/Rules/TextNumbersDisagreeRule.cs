using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG5003: the strings of one text state different numbers (`"少于44分钟" / "less than 43 minutes"`). Each
/// language's string is compared with the first language's. A number is reported when one string states it
/// for certain (<see cref="TextNumbers"/>: digits, Chinese numerals) and the other does not state it at
/// all, not even as a word, an ordinal or a month name. Values are compared as sets: a translation may
/// repeat a figure or say it once, but it may not change it.
/// </summary>
public sealed class TextNumbersDisagreeRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.TextNumbersDisagree;

    public override void Check(CheckContext context)
    {
        var languages = context.Model.Languages;
        foreach (var text in TextLanguages.All(context.Tree))
        {
            var values = text.Values;
            if (values.Length < 2) continue;
            var first = TextNumbers.Extract(values[0]);
            for (var i = 1; i < values.Length; i++)
            {
                var other = TextNumbers.Extract(values[i]);
                var onlyFirst = Unmatched(first, other);
                var onlyOther = Unmatched(other, first);
                if (onlyFirst.Count == 0 && onlyOther.Count == 0) continue;
                var a = Name(languages, 0);
                var b = Name(languages, i);
                var message = (onlyFirst.Count, onlyOther.Count) switch
                {
                    ( > 0, > 0) => $"the {a} and {b} strings disagree on numbers: the {a} string says {List(onlyFirst)} where the {b} string says {List(onlyOther)}",
                    ( > 0, _) => $"the {a} string says {List(onlyFirst)}, which the {b} string does not",
                    _ => $"the {b} string says {List(onlyOther)}, which the {a} string does not",
                };
                context.Report(text, message,
                    "make every language state the same figures; if they already do (in words the check cannot read), exempt it with `// pledge-ignore PLG5003 …` on the line before, saying why");
            }
        }
    }

    /// <summary>The strong values of <paramref name="from"/> that <paramref name="against"/> does not state in any form.</summary>
    private static List<decimal> Unmatched(IReadOnlyList<TextNumber> from, IReadOnlyList<TextNumber> against)
    {
        var stated = against.Select(n => n.Value).ToHashSet();
        var result = new List<decimal>();
        foreach (var number in from)
            if (!number.Weak && !stated.Contains(number.Value) && !result.Contains(number.Value)) result.Add(number.Value);
        return result;
    }

    private static string Name(IReadOnlyList<string> languages, int index) =>
        index < languages.Count ? $"`{languages[index]}`" : $"{index + 1}{(index + 1) switch { 2 => "nd", 3 => "rd", _ => "th" }}";

    private static string List(List<decimal> values) =>
        DiagnosticCatalogue.JoinAlternatives(values.Select(v => $"`{TextNumbers.Format(v)}`").ToList()).Replace(" or ", " and ", StringComparison.Ordinal);
}

using FsCheck;
using FsCheck.Fluent;

namespace Pledge.Dsl.Tests.Properties;

/// <summary>Inputs for the parser's property tests: random text, token soup, and mutated real contracts.</summary>
internal static class SlaGenerators
{
    private static readonly string[] Fragments =
    [
        "contract", "clause", "cause", "severity", "calendar", "exclusion", "warranty", "parameter", "languages", "import",
        "availability", "max", "downtime", "from", "to", "exclude", "causes", "unreported", "after", "planned", "with", "notice",
        "ignore", "outages", "shorter", "than", "clock", "24x7", "matrix", "severity", "respond", "arrive", "resolve", "within",
        "by", "distance", "up", "to", "beyond", "remedy", "waive", "when", "breached", "credit", "below", "at", "or", "pay",
        "per", "started", "full", "day", "late", "cap", "of", "in", "total", "claim", "period", "end", "text", "define",
        "duration", "covers", "excludes", "outside", "scope", "free", "repair", "replace", "refund", "provider's", "option",
        "next", "business", "days", "hours", "holidays", "span", "Mon-Fri", "09:00", "24:00", "2026-10-01", "..",
        "99.9%", "44", "min", "h", "km", "CNY", "0.25", "zh-CN", "en", "ko", "{", "}", ":", ",", "/", "|", "-", "%",
        "\"text\"", "\"中文\"", "\"unterminated", "\"\"\"", "\\", "\\u{4E2D}", "//", "/*", "*/", "\n", "\r\n", " ", "\t",
        "客户", "고객", "名", "\u0000", "\uFFFD", "\uD83D\uDE00", "\uD800",
    ];

    public static Gen<string> RandomText =>
        Gen.ListOf(Gen.Choose(0, 0x3100).Select(c => (char)c)).Select(cs => new string(cs.ToArray()));

    public static Gen<string> TokenSoup =>
        Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Join(" ", parts));

    /// <summary>A real contract with a few random edits: deletions, insertions, duplications.</summary>
    public static Gen<string> Mutated(IReadOnlyList<string> corpus) =>
        from source in Gen.Elements(corpus.ToArray())
        from edits in Gen.ListOf(Edit, 1).SelectMany(_ => Gen.Choose(1, 4)).SelectMany(n => Gen.ListOf(Edit, n))
        select edits.Aggregate(source, (text, edit) => edit(text));

    private static Gen<Func<string, string>> Edit =>
        Gen.OneOf(
            from at in Gen.Choose(0, 10_000)
            from length in Gen.Choose(1, 40)
            select (Func<string, string>)(t => t.Length == 0 ? t : t.Remove(at % t.Length, Math.Min(length, t.Length - at % t.Length))),
            from at in Gen.Choose(0, 10_000)
            from fragment in Gen.Elements(Fragments)
            select (Func<string, string>)(t => t.Insert(t.Length == 0 ? 0 : at % t.Length, fragment)),
            from at in Gen.Choose(0, 10_000)
            from length in Gen.Choose(1, 200)
            select (Func<string, string>)(t => t.Length == 0 ? t : t.Insert(at % t.Length, t.Substring(at % t.Length, Math.Min(length, t.Length - at % t.Length)))));
}

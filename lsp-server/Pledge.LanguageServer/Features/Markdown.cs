using Pledge.Compiler.Semantics;

namespace Pledge.LanguageServer.Features;

/// <summary>Small helpers for hover text.</summary>
public static class Markdown
{
    /// <summary>Each string of a bilingual text with its language tag: `zh-CN: …`, one per line.</summary>
    public static string Languages(LocalizedText text)
    {
        var lines = new List<string>();
        for (var i = 0; i < text.Values.Length; i++)
        {
            var tag = i < text.Languages.Length ? text.Languages[i] : "?";
            lines.Add($"*{tag}*: {Escape(text.Values[i])}");
        }
        return string.Join("  \n", lines);
    }

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("`", "\\`").Replace("|", "\\|").Replace("<", "&lt;");

    public static string Code(string text) => $"`{text.Replace("`", "'")}`";

    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var lines = new List<string>
        {
            "| " + string.Join(" | ", header) + " |",
            "|" + string.Concat(header.Select(_ => "---|")),
        };
        lines.AddRange(rows.Select(r => "| " + string.Join(" | ", r) + " |"));
        return string.Join("\n", lines);
    }
}

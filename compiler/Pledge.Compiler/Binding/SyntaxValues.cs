using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>Reads values out of tokens without throwing on the placeholders error recovery leaves.</summary>
internal static class SyntaxValues
{
    /// <summary>A token error recovery made up (no text): it names nothing and is not reported again.</summary>
    public static bool IsMissing(SyntaxToken? token) => token is null || token.Text.Length == 0 || token.Kind == TokenKind.Skipped;

    public static decimal Decimal(SyntaxToken? token) => token?.Value is decimal d ? d : 0m;

    public static int Int(SyntaxToken? token) => token?.Value switch
    {
        decimal d when d is >= int.MinValue and <= int.MaxValue => (int)d,
        int i => i,
        _ => 0,
    };

    public static string Words(IEnumerable<SyntaxToken> tokens) => string.Join(" ", tokens.Select(t => t.Text));

    public static WrittenDuration? Duration(DurationSyntax? syntax)
    {
        if (syntax is null || IsMissing(syntax.Number)) return null;
        var unitText = Words(syntax.Unit);
        foreach (var (spelling, unit) in DurationUnits.Spellings)
            if (spelling == unitText) return new WrittenDuration(Decimal(syntax.Number), unit);
        return null;
    }

    public static PeriodUnit? Period(PerPeriodSyntax? syntax) =>
        syntax is null || IsMissing(syntax.Period) ? null : PeriodUnitKeywords.Parse(syntax.Period.Text);
}

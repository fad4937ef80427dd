using System.Collections.Immutable;
using Pledge.Dsl.Syntax;
using Sprache;
using static Pledge.Dsl.Parsing.TokenParsers;
using static Pledge.Dsl.Parsing.ValueGrammar;

namespace Pledge.Dsl.Parsing;

/// <summary>The four forms of `remedy`.</summary>
internal static class RemedyGrammar
{
    private static readonly Parser<ImmutableArray<SyntaxToken>> CapScope =
        Phrase("per", "incident").Or(Phrase("per", "period")).Or(Phrase("in", "total"))
            .Named("a cap scope (`per incident`, `per period`, `in total`)");

    /// <summary>`, cap 5% of contract_value in total` (a missing scope parses; the checks report it).</summary>
    public static readonly Parser<CapSyntax> Cap =
        from comma in Comma
        from cap in Keyword("cap")
        from percentage in Percentage
        from of in Keyword("of")
        from parameter in Name
        from scope in CapScope.XOptional()
        select new CapSyntax(comma, cap, percentage, of, parameter, scope.IsDefined ? scope.Get() : []);

    private static readonly Parser<RemedySyntax> Waive =
        from remedy in Keyword("remedy")
        from waive in Keyword("waive")
        from parameter in Name
        from when in Phrase("when", "breached")
        select (RemedySyntax)new WaiveRemedySyntax(remedy, waive, parameter, when);

    private static readonly Parser<RemedySyntax> Penalty =
        from remedy in Keyword("remedy")
        from percentage in Percentage
        from of in Keyword("of")
        from parameter in Name
        from per in Keyword("per")
        from counting in OneOf(["started", "full"]).XOptional()
        from unit in OneOf(["day", "hour"], "`day` or `hour`")
        from late in Keyword("late")
        from cap in Cap.XOptional()
        select (RemedySyntax)new PenaltyRemedySyntax(remedy, percentage, of, parameter, per, counting.GetOrDefault(), unit, late, cap.GetOrDefault());

    private static readonly Parser<ImmutableArray<SyntaxToken>> CreditOperator =
        Keyword("below").Select(t => ImmutableArray.Create(t)).Or(Phrase("at", "or", "below"))
            .Named("`below` or `at or below`");

    private static readonly Parser<SyntaxNode> CreditTier =
        from op in CreditOperator
        from threshold in Percentage
        from colon in Colon
        from credit in Percentage
        select (SyntaxNode)new CreditTierSyntax(op, threshold, colon, credit);

    private static readonly Parser<RemedySyntax> Credit =
        from remedy in Keyword("remedy")
        from credit in Keyword("credit")
        from parameter in Name
        from byWords in Phrase("by", "availability")
        from open in LeftBrace
        from tiers in CreditTier.XMany()
        from close in RightBrace
        from cap in Cap.XOptional()
        select (RemedySyntax)new CreditRemedySyntax(remedy, credit, parameter, byWords, open, [.. tiers], close, cap.GetOrDefault());

    private static readonly Parser<RemedySyntax> Pay =
        from remedy in Keyword("remedy")
        from pay in Keyword("pay")
        from amount in Money
        from per in Phrase("per", "breach")
        select (RemedySyntax)new PayRemedySyntax(remedy, pay, amount, per);

    public static readonly Parser<SyntaxNode> Remedy =
        Waive.Or(Credit).Or(Pay).Or(Penalty)
            .Select(r => (SyntaxNode)r)
            .Named("a remedy (`waive`, `credit`, `pay` or a percentage such as `0.25% of PARAMETER per started day late`)");
}

using System.Collections.Immutable;
using Pledge.Dsl.Syntax;
using Sprache;
using static Pledge.Dsl.Parsing.TokenParsers;
using static Pledge.Dsl.Parsing.ValueGrammar;

namespace Pledge.Dsl.Parsing;

/// <summary>Items of `warranty` blocks and the coverage forms they use.</summary>
internal static class WarrantyGrammar
{
    private static readonly Parser<CoverageOptionSyntax> FreeRepair =
        from free in Keyword("free")
        from repair in Keyword("repair")
        select new CoverageOptionSyntax(free, repair, [], null, null, null, null);

    private static readonly Parser<CoverageOptionSyntax> PaidRepair =
        from paid in Keyword("paid")
        from repair in Keyword("repair")
        from note in BilingualText.XOptional()
        select new CoverageOptionSyntax(paid, repair, [], null, null, null, note.GetOrDefault());

    private static readonly Parser<CoverageOptionSyntax> Repair =
        from repair in Keyword("repair")
        from limit in (from upTo in Phrase("up", "to")
                       from percentage in Percentage
                       from of in Keyword("of")
                       from parameter in Name
                       select (upTo, percentage, of, parameter)).XOptional()
        select limit.IsDefined
            ? new CoverageOptionSyntax(null, repair, limit.Get().upTo, limit.Get().percentage, limit.Get().of, limit.Get().parameter, null)
            : new CoverageOptionSyntax(null, repair, [], null, null, null, null);

    private static readonly Parser<CoverageOptionSyntax> ReplaceOrRefund =
        OneOf(["replace", "refund"]).Select(kind => new CoverageOptionSyntax(null, kind, [], null, null, null, null));

    private static readonly Parser<CoverageOptionSyntax> Option =
        FreeRepair.Or(PaidRepair).Or(Repair).Or(ReplaceOrRefund)
            .Named("a coverage (`free repair`, `paid repair`, `repair up to 5% of PARAMETER`, `replace`, `refund`)");

    private static readonly Parser<ImmutableArray<SyntaxToken>> AtProvidersOption =
        from at in Keyword("at")
        from provider in OneOf(["provider's", "provider\u2019s"], "`provider's`")
        from option in Keyword("option")
        select ImmutableArray.Create(at, provider, option);

    public static readonly Parser<CoverageSyntax> Coverage =
        from options in SeparatedBy(Option, Keyword("or"))
        from providers in AtProvidersOption.XOptional()
        select new CoverageSyntax(options, providers.IsDefined ? providers.Get() : []);

    public static readonly Parser<SyntaxNode> Duration =
        from keyword in Keyword("duration")
        from duration in ValueGrammar.Duration
        from fromKeyword in Keyword("from")
        from start in Date.Or(Name).Named("a date parameter or a date such as `2026-10-01`")
        select (SyntaxNode)new WarrantyDurationItemSyntax(keyword, duration, fromKeyword, start);

    public static readonly Parser<SyntaxNode> Covers =
        from keyword in Keyword("covers")
        from name in Name
        from title in BilingualText
        from colon in Colon
        from coverage in Coverage
        select (SyntaxNode)new CoversItemSyntax(keyword, name, title, colon, coverage);

    private static readonly Parser<SyntaxNode> ExcludesCauses =
        from keywords in Phrase("excludes", "causes")
        from causes in SeparatedBy(Name, Comma)
        select (SyntaxNode)new ExcludesCausesItemSyntax(keywords, causes);

    private static readonly Parser<SyntaxNode> ExcludesText =
        from keyword in Keyword("excludes")
        from text in BilingualText
        select (SyntaxNode)new ExcludesTextItemSyntax(keyword, text);

    public static readonly Parser<SyntaxNode> Excludes = ExcludesCauses.Or(ExcludesText);

    public static readonly Parser<SyntaxNode> OutsideScope =
        from keywords in Phrase("outside", "scope")
        from colon in Colon
        from coverage in Coverage
        select (SyntaxNode)new OutsideScopeItemSyntax(keywords, colon, coverage);

    public static readonly Parser<SyntaxNode> Replacement =
        from keywords in Phrase("replacement", "covered", "for", "the", "remainder", "or")
        from duration in ValueGrammar.Duration
        from comma in Comma
        from tail in Phrase("whichever", "is", "longer")
        select (SyntaxNode)new ReplacementItemSyntax(keywords, duration, comma, tail);

    public static readonly IReadOnlyDictionary<string, Parser<SyntaxNode>> Items = new Dictionary<string, Parser<SyntaxNode>>
    {
        ["duration"] = Duration,
        ["covers"] = Covers,
        ["excludes"] = Excludes,
        ["outside"] = OutsideScope,
        ["replacement"] = Replacement,
    };
}

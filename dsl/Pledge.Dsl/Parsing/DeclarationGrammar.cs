using Pledge.Dsl.Syntax;
using Sprache;
using static Pledge.Dsl.Parsing.TokenParsers;
using static Pledge.Dsl.Parsing.ValueGrammar;

namespace Pledge.Dsl.Parsing;

/// <summary>The one-line top-level declarations, and the headers of the block declarations.</summary>
internal static class DeclarationGrammar
{
    public static readonly Parser<SyntaxNode> Contract =
        from keyword in Keyword("contract")
        from name in Name
        from title in BilingualText
        select (SyntaxNode)new ContractDeclarationSyntax(keyword, name, title);

    public static readonly Parser<SyntaxNode> Languages =
        from keyword in Keyword("languages")
        from tags in SeparatedBy(LanguageTag, Comma)
        select (SyntaxNode)new LanguagesDeclarationSyntax(keyword, tags);

    public static readonly Parser<SyntaxNode> Provider =
        from keyword in Keyword("provider")
        from name in BilingualText
        select (SyntaxNode)new ProviderDeclarationSyntax(keyword, name);

    public static readonly Parser<SyntaxNode> Timezone =
        (from keyword in Keyword("timezone")
         from zone in StringLiteral.Named("a time zone in quotes such as `\"Asia/Shanghai\"` or `\"UTC+08:00\"`")
         select (SyntaxNode)new TimezoneDeclarationSyntax(keyword, zone));

    public static readonly Parser<SyntaxNode> Currency =
        from keyword in Keyword("currency")
        from code in CurrencyCode
        select (SyntaxNode)new CurrencyDeclarationSyntax(keyword, code);

    public static readonly Parser<SyntaxNode> Rounding =
        from keyword in Keyword("rounding")
        from mode in OneOf(Keywords.RoundingModes, "a rounding mode (`half-up`, `half-even`, `half-down`, `up`, `down`)")
        from increment in Number.XOptional()
        select (SyntaxNode)new RoundingDeclarationSyntax(keyword, mode, increment.GetOrDefault());

    public static readonly Parser<SyntaxNode> Import =
        from keyword in Keyword("import")
        from path in StringLiteral.Named("a file path in quotes such as `\"common.sla\"`")
        select (SyntaxNode)new ImportDeclarationSyntax(keyword, path);

    public static readonly Parser<SyntaxNode> Parameter =
        from keyword in Keyword("parameter")
        from name in Name
        from title in BilingualText
        from colon in Colon
        from type in OneOf(Keywords.ParameterTypes, "a parameter type (`text`, `money`, `date`, `number`, `percent`, `duration`)")
        select (SyntaxNode)new ParameterDeclarationSyntax(keyword, name, title, colon, type);

    public static readonly Parser<SyntaxNode> Cause =
        from keyword in Keyword("cause")
        from name in Name
        from title in BilingualText
        select (SyntaxNode)new CauseDeclarationSyntax(keyword, name, title);

    public static readonly Parser<SyntaxNode> Severity =
        from keyword in Keyword("severity")
        from name in Name
        from title in BilingualText
        from description in (from colon in Colon from text in BilingualText select (colon, text)).XOptional()
        select (SyntaxNode)new SeverityDeclarationSyntax(keyword, name, title,
            description.IsDefined ? description.Get().colon : null, description.IsDefined ? description.Get().text : null);

    /// <summary>`clause NAME TEXT {`: the part of a block declaration before its items.</summary>
    public static Parser<BlockHeader> BlockHeader(string keyword) =>
        from k in Keyword(keyword)
        from name in Name
        from title in BilingualText
        from open in LeftBrace
        select new BlockHeader(k, name, title, open);

    /// <summary>The single-line declarations by their first word.</summary>
    public static readonly IReadOnlyDictionary<string, Parser<SyntaxNode>> Lines = new Dictionary<string, Parser<SyntaxNode>>
    {
        ["contract"] = Contract,
        ["languages"] = Languages,
        ["provider"] = Provider,
        ["timezone"] = Timezone,
        ["currency"] = Currency,
        ["rounding"] = Rounding,
        ["import"] = Import,
        ["parameter"] = Parameter,
        ["cause"] = Cause,
        ["severity"] = Severity,
    };
}

internal sealed record BlockHeader(SyntaxToken Keyword, SyntaxToken Name, TextSyntax Title, SyntaxToken OpenBrace);

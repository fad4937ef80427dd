using System.Collections.Immutable;
using NodaTime;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>
/// `contract NAME TEXT` and the settings of its file (`languages`, `provider`, `timezone`, `currency`,
/// `rounding`), wherever they stand in the file.
/// </summary>
public sealed class ContractSymbol(
    string name,
    LocalizedText title,
    ImmutableArray<string> languages,
    LocalizedText? provider,
    string? timeZoneName,
    DateTimeZone? timeZone,
    string? currency,
    RoundingRule rounding,
    ContractDeclarationSyntax syntax,
    SyntaxTree tree)
    : Symbol(name, syntax.Name, syntax, tree)
{
    public override SymbolKind Kind => SymbolKind.Contract;
    public LocalizedText Title { get; } = title;

    /// <summary>The declared language tags in order (the order texts are written in).</summary>
    public ImmutableArray<string> Languages { get; } = languages;

    public LocalizedText? Provider { get; } = provider;

    /// <summary>The `timezone` text as written, or null when the file has none.</summary>
    public string? TimeZoneName { get; } = timeZoneName;

    /// <summary>The zone periods are counted in; null when missing or unknown (reported).</summary>
    public DateTimeZone? TimeZone { get; } = timeZone;

    /// <summary>The ISO 4217 code, or null when the file has no `currency`.</summary>
    public string? Currency { get; } = currency;

    public RoundingRule Rounding { get; } = rounding;

    public new ContractDeclarationSyntax Syntax { get; } = syntax;
}

using Pledge.Dsl.Syntax;

namespace Pledge.Dsl.Printing;

/// <summary>The kinds that decide the blank lines between top-level declarations.</summary>
internal enum DeclarationKind
{
    /// <summary>Skipped text or anything unknown: never forces a blank line (the author's are kept).</summary>
    Other,
    Contract,
    /// <summary>`languages provider timezone currency rounding`: the contract's settings read as one group.</summary>
    Setting,
    Import,
    Parameter,
    Cause,
    Severity,
    /// <summary>`calendar exclusion clause warranty`: always set apart by blank lines.</summary>
    Block,
}

internal static class DeclarationKinds
{
    public static DeclarationKind Of(SyntaxNode declaration) => declaration switch
    {
        ContractDeclarationSyntax => DeclarationKind.Contract,
        LanguagesDeclarationSyntax or ProviderDeclarationSyntax or TimezoneDeclarationSyntax
            or CurrencyDeclarationSyntax or RoundingDeclarationSyntax => DeclarationKind.Setting,
        ImportDeclarationSyntax => DeclarationKind.Import,
        ParameterDeclarationSyntax => DeclarationKind.Parameter,
        CauseDeclarationSyntax => DeclarationKind.Cause,
        SeverityDeclarationSyntax => DeclarationKind.Severity,
        CalendarDeclarationSyntax or ExclusionDeclarationSyntax or ClauseDeclarationSyntax
            or WarrantyDeclarationSyntax => DeclarationKind.Block,
        _ => DeclarationKind.Other,
    };

    public static bool NeedsBlankBetween(DeclarationKind previous, DeclarationKind next) =>
        previous != DeclarationKind.Other && next != DeclarationKind.Other &&
        (previous == DeclarationKind.Block || next == DeclarationKind.Block || previous != next);

    /// <summary>Runs of these are laid out as a table: names padded so titles (and `:`) line up.</summary>
    public static bool IsTabular(DeclarationKind kind) =>
        kind is DeclarationKind.Parameter or DeclarationKind.Cause or DeclarationKind.Severity;
}

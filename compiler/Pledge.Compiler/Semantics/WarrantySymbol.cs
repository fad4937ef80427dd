using System.Collections.Immutable;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`warranty NAME TEXT { duration … covers … excludes … outside scope … replacement … }`: what a certificate prints.</summary>
public sealed class WarrantySymbol(string name, LocalizedText title, WarrantyDeclarationSyntax syntax, SyntaxTree tree)
    : Symbol(name, syntax.Name, syntax, tree)
{
    public override SymbolKind Kind => SymbolKind.Warranty;
    public LocalizedText Title { get; } = title;
    public new WarrantyDeclarationSyntax Syntax { get; } = syntax;

    /// <summary>`duration 1 year from …`; null when missing.</summary>
    public WrittenDuration? Duration { get; internal set; }

    /// <summary>The date parameter the warranty starts from, when `from` names one.</summary>
    public ParameterSymbol? StartParameter { get; internal set; }

    /// <summary>The fixed start date, when `from` is a date.</summary>
    public DateOnly? StartDate { get; internal set; }

    public ImmutableArray<CoveredItem> Covers { get; internal set; } = [];
    public ImmutableArray<LocalizedText> ExcludedTexts { get; internal set; } = [];
    public ImmutableArray<CauseSymbol> ExcludedCauses { get; internal set; } = [];
    public Coverage? OutsideScope { get; internal set; }

    /// <summary>`replacement covered for the remainder or D, whichever is longer`.</summary>
    public WrittenDuration? ReplacementMinimum { get; internal set; }

    public ImmutableArray<LocalizedText> Texts { get; internal set; } = [];
}

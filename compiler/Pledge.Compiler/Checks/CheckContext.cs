using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks;

/// <summary>What a rule sees of one file, and where it reports.</summary>
public sealed class CheckContext(SemanticModel model, CheckRule rule, List<Diagnostic> sink)
{
    public SemanticModel Model { get; } = model;
    public SyntaxTree Tree => Model.SyntaxTree;
    public ContractSymbol? Contract => Model.Contract;

    /// <summary>The zone periods are counted in: the contract's, or UTC when it has none.</summary>
    public DateTimeZone Zone => Contract?.TimeZone ?? DateTimeZone.Utc;

    /// <summary>The clauses declared in this file (imported ones are checked in their own file).</summary>
    public IEnumerable<ClauseSymbol> Clauses => Model.DeclaredSymbols.OfType<ClauseSymbol>();

    public IEnumerable<WarrantySymbol> Warranties => Model.DeclaredSymbols.OfType<WarrantySymbol>();

    public void Report(TextSpan span, string message, string? hint = null, CodeFix? fix = null) =>
        sink.Add(new Diagnostic(rule.Descriptor, rule.Descriptor.DefaultLevel, span, message, hint, fix));

    public void Report(SyntaxElement element, string message, string? hint = null, CodeFix? fix = null) =>
        Report(element.Span, message, hint, fix);
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pledge.Compiler.Emit;

/// <summary>
/// What emitted code may reach: the runtime (<c>Pledge.Runtime.*</c> less its file reader), NodaTime's core namespace,
/// and a short list of base types (primitives, <c>Math</c>, collections). Every name in the syntax tree is bound and
/// its symbol checked against that list; attributes, <c>unsafe</c>, <c>extern</c>, pointers and <c>dynamic</c> are refused
/// outright. A contract can then never make its evaluator read a file, open a socket, start a process or reflect.
/// </summary>
public static class EmittedCodePolicy
{
    /// <summary>Base types by metadata name (`List`1`, nested types after `+`).</summary>
    private static readonly ImmutableHashSet<string> AllowedSystemTypes = ImmutableHashSet.Create(StringComparer.Ordinal,
        "System.String", "System.Decimal", "System.Int32", "System.Int64", "System.Boolean", "System.Object", "System.Void",
        "System.Math", "System.StringComparer", "System.Nullable`1", "System.Func`2", "System.ValueTuple`2",
        "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Immutable.ImmutableArray",
        "System.Collections.Immutable.ImmutableArray`1", "System.Collections.Immutable.ImmutableArray`1+Builder");

    /// <summary>Runtime types that touch the outside world: the log reader opens files by path.</summary>
    private static readonly ImmutableHashSet<string> DeniedRuntimeTypes = ImmutableHashSet.Create(StringComparer.Ordinal,
        "Pledge.Runtime.Incidents.IncidentLogReader");

    /// <summary>Every violation in the compilation's trees, as `line: what` (empty when the code keeps to the policy).</summary>
    public static ImmutableArray<string> Check(CSharpCompilation compilation)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodesAndSelf())
            {
                var line = tree.GetLineSpan(node.Span).StartLinePosition.Line + 1;
                if (Forbidden(node) is { } what)
                {
                    problems.Add($"{line}: {what}");
                    continue;
                }
                if (node is not (SimpleNameSyntax or ObjectCreationExpressionSyntax or BinaryExpressionSyntax or ElementAccessExpressionSyntax or PredefinedTypeSyntax)) continue;
                var info = model.GetSymbolInfo(node);
                var symbols = info.Symbol is { } s ? [s] : info.CandidateSymbols;
                foreach (var symbol in symbols)
                    if (Denied(symbol) is { } denied)
                        problems.Add($"{line}: `{node}` reaches {denied}, which evaluators may not use");
            }
        }
        return [.. problems.Distinct()];
    }

    private static string? Forbidden(SyntaxNode node) => node switch
    {
        AttributeListSyntax => "an attribute",
        PointerTypeSyntax or FunctionPointerTypeSyntax => "a pointer",
        UnsafeStatementSyntax or FixedStatementSyntax => "unsafe code",
        MemberDeclarationSyntax m when m.Modifiers.Any(t => t.IsKind(SyntaxKind.UnsafeKeyword) || t.IsKind(SyntaxKind.ExternKeyword)) => "an unsafe or extern member",
        IdentifierNameSyntax { Identifier.ValueText: "dynamic" } => "dynamic",
        _ => null,
    };

    /// <summary>Why a symbol is out of bounds, or null when emitted code may use it.</summary>
    private static string? Denied(ISymbol symbol)
    {
        switch (symbol)
        {
            case INamespaceSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol:
                return null;
            case IMethodSymbol { MethodKind: MethodKind.BuiltinOperator }:
                return null;
            case IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction }:
                return null;
        }
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (symbol is IArrayTypeSymbol array) return Denied(array.ElementType);
        if (type is null) return symbol.ToDisplayString();
        // The evaluator's own members (its clause methods, fields) are as safe as the code that calls them.
        if (type.ContainingNamespace?.ToDisplayString() == EvaluatorEmitter.Namespace) return null;
        foreach (var argument in type.TypeArguments)
            if (Denied(argument) is { } inner) return inner;
        var definition = MetadataName(type.OriginalDefinition);
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns == "Pledge.Runtime" || ns.StartsWith("Pledge.Runtime.", StringComparison.Ordinal))
            return DeniedRuntimeTypes.Contains(definition) ? definition : null;
        if (ns == "NodaTime") return null;
        return AllowedSystemTypes.Contains(definition) ? null : definition;
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer
            ? MetadataName(outer) + "+" + type.MetadataName
            : (type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : "") + type.MetadataName;
}

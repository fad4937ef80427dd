using System.Collections.Immutable;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Parsing;
using Pledge.Dsl.Text;

namespace Pledge.Dsl.Syntax;

/// <summary>One parsed file: its text, its syntax and its syntax diagnostics.</summary>
public sealed class SyntaxTree(SourceText source, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
{
    public SourceText Source { get; } = source;
    public CompilationUnitSyntax Root { get; } = root;
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;

    public string Path => Source.Path;

    public static SyntaxTree Parse(string text, string path = "") => Parse(new SourceText(path, text));

    public static SyntaxTree Parse(SourceText source) => new SlaParser(source).ParseFile();

    private IReadOnlyList<SyntaxNode>? _nodes;

    /// <summary>Every node of the file in source order, collected once: checks and editor features each walk the whole file.</summary>
    public IReadOnlyList<SyntaxNode> Nodes => _nodes ??= Root.DescendantNodes();

    /// <summary>The declarations of the file, without skipped text.</summary>
    public IEnumerable<DeclarationSyntax> Declarations => Root.Declarations.OfType<DeclarationSyntax>().Where(d => d is not SkippedSyntax);
}

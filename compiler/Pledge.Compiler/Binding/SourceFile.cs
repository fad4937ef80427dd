using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>One loaded file: its tree, its imports and what loading found wrong (encoding, imports).</summary>
internal sealed class SourceFile(SyntaxTree tree, int order)
{
    public SyntaxTree Tree { get; } = tree;

    public string Path => Tree.Path;

    /// <summary>Position in load order (depth-first from the roots); the order of <see cref="Compilation.SyntaxTrees"/>.</summary>
    public int Order { get; } = order;

    public bool IsRoot { get; set; }

    /// <summary>The file whose import loaded this one first; null for roots.</summary>
    public SourceFile? LoadedBy { get; set; }

    public List<ImportEdge> Imports { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];
}

/// <summary>
/// One `import`: the file it names (null when unreadable) and whether it closes a cycle (then it is
/// reported and ignored for name lookup).
/// </summary>
internal sealed record ImportEdge(ImportDeclarationSyntax Syntax, string FullPath, SourceFile? Target, bool ClosesCycle)
{
    /// <summary>The edge that name lookup follows.</summary>
    public SourceFile? Followed => ClosesCycle ? null : Target;
}

using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>
/// A declared name. Symbols are plain data: they keep their declaration's syntax and file so that
/// editors can go to the definition, and they are complete once the compilation has bound.
/// </summary>
public abstract class Symbol
{
    protected Symbol(string name, SyntaxToken nameToken, SyntaxNode syntax, SyntaxTree tree)
    {
        Name = name;
        NameToken = nameToken;
        Syntax = syntax;
        Tree = tree;
    }

    public string Name { get; }

    public abstract SymbolKind Kind { get; }

    /// <summary>The name in the declaration (the target of go-to-definition and rename).</summary>
    public SyntaxToken NameToken { get; }

    /// <summary>The whole declaration.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>The file that declares the symbol.</summary>
    public SyntaxTree Tree { get; }

    public string Path => Tree.Path;

    public override string ToString() => $"{Kind.Keyword()} {Name}";
}

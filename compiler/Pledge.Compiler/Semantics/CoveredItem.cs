using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`covers NAME TEXT : COVERAGE`: a covered item of a warranty (its name is local to the warranty).</summary>
public sealed record CoveredItem(string Name, LocalizedText Title, Coverage Coverage, CoversItemSyntax Syntax)
{
    public SyntaxToken NameToken => Syntax.Name;
}

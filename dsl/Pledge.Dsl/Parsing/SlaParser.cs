using System.Collections.Immutable;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.Dsl.Parsing;

/// <summary>Parses one file. (Work in progress: being replaced by the full grammar.)</summary>
internal sealed class SlaParser(SourceText source)
{
    public SyntaxTree ParseFile()
    {
        var eof = new SyntaxToken(TokenKind.EndOfFile, "", new TextSpan(source.Text.Length, 0), [], []);
        return new SyntaxTree(source, new CompilationUnitSyntax([], eof), ImmutableArray<Diagnostic>.Empty);
    }
}

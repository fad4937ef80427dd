using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`define TERM : DEFINITION`.</summary>
public sealed record Definition(LocalizedText Term, LocalizedText Meaning, DefineItemSyntax Syntax);

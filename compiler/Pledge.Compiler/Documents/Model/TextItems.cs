using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Documents.Model;

/// <summary>`define TERM : MEANING`.</summary>
public sealed record DefinitionItem(LocalizedText Term, LocalizedText Meaning) : DocumentItem
{
    public override string Kind => "definition";
}

/// <summary>`text "…" / "…"`: contractual prose carried over as written.</summary>
public sealed record TextItem(LocalizedText Text) : DocumentItem
{
    public override string Kind => "text";
}

using System.Collections.Immutable;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Documents.Model;

/// <summary>
/// A contract as a document, in no language yet: its articles numbered by the tool, each item a typed value
/// (<see cref="DocumentItem"/>). <see cref="Prose.ProseWriter"/> writes it out in a language.
/// </summary>
public sealed record ContractDocument(
    string Name,
    LocalizedText Title,
    LocalizedText? Provider,
    ImmutableArray<string> Languages,
    string? Currency,
    ImmutableArray<DocumentParameter> Parameters,
    ImmutableArray<DocumentArticle> Articles);

/// <summary>A per-customer value the document leaves blank (to be filled in, or printed by a certificate).</summary>
public sealed record DocumentParameter(string Name, LocalizedText Title, ParameterType Type);

/// <summary>What an article was declared as.</summary>
public enum ArticleKind
{
    Clause,
    Exclusion,
    Warranty,
}

/// <summary>One numbered article: a clause, a top-level exclusion or a warranty, numbered 1, 2, … in source order.</summary>
public sealed record DocumentArticle(int Number, ArticleKind Kind, string Name, LocalizedText Title, ImmutableArray<DocumentItem> Items);

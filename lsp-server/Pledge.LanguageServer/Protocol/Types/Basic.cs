using System.Text.Json.Serialization;

namespace Pledge.LanguageServer.Protocol.Types;

// The basic structures of LSP 3.17, named after the specification; `Lsp` where a name clashes with .NET or Pledge.

/// <summary>A zero-based line and UTF-16 character.</summary>
public sealed record Position(int Line, int Character);

public sealed record LspRange(Position Start, Position End);

public sealed record Location(string Uri, LspRange Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record LspTextEdit(LspRange Range, string NewText);

/// <summary>Edits by document URI (the `changes` form every client supports).</summary>
public sealed record WorkspaceEdit(Dictionary<string, List<LspTextEdit>> Changes);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

/// <summary>A command the client runs (the VS Code extension implements Pledge's).</summary>
public sealed record Command(string Title, [property: JsonPropertyName("command")] string CommandName, List<string>? Arguments = null);

public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

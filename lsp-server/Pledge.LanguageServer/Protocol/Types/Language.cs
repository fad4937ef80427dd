namespace Pledge.LanguageServer.Protocol.Types;

public static class CompletionItemKind
{
    public const int Text = 1;
    public const int Function = 3;
    public const int Field = 5;
    public const int Variable = 6;
    public const int Class = 7;
    public const int Module = 9;
    public const int Property = 10;
    public const int Unit = 11;
    public const int Value = 12;
    public const int Enum = 13;
    public const int Keyword = 14;
    public const int Snippet = 15;
    public const int File = 17;
    public const int EnumMember = 20;
    public const int Struct = 22;
    public const int Event = 23;
    public const int TypeParameter = 25;
}

public static class InsertTextFormat
{
    public const int PlainText = 1;
    public const int Snippet = 2;
}

public sealed record CompletionContext(int TriggerKind, string? TriggerCharacter = null);

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context = null);

public sealed record CompletionItem(
    string Label,
    int Kind,
    string? Detail = null,
    MarkupContent? Documentation = null,
    string? InsertText = null,
    int? InsertTextFormat = null,
    string? SortText = null,
    string? FilterText = null,
    LspTextEdit? TextEdit = null);

public sealed record CompletionList(bool IsIncomplete, List<CompletionItem> Items);

public sealed record Hover(MarkupContent Contents, LspRange? Range = null);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context = null);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record PrepareRenameResult(LspRange Range, string Placeholder);

/// <summary>LSP's SymbolKind numbers (Pledge has its own SymbolKind).</summary>
public static class LspSymbolKind
{
    public const int File = 1;
    public const int Module = 2;
    public const int Namespace = 3;
    public const int Class = 5;
    public const int Property = 7;
    public const int Field = 8;
    public const int Enum = 10;
    public const int Interface = 11;
    public const int Variable = 13;
    public const int Constant = 14;
    public const int String = 15;
    public const int Number = 16;
    public const int Object = 19;
    public const int EnumMember = 22;
    public const int Struct = 23;
    public const int Event = 24;
}

public sealed record DocumentSymbol(string Name, int Kind, LspRange Range, LspRange SelectionRange, string? Detail = null, List<DocumentSymbol>? Children = null);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName = null);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind = null);

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options = null);

public sealed record SemanticTokens(int[] Data);

public sealed record CodeActionContext(List<LspDiagnostic>? Diagnostics = null, List<string>? Only = null);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context = null);

public sealed record CodeAction(string Title, string Kind, List<LspDiagnostic>? Diagnostics = null, bool? IsPreferred = null, WorkspaceEdit? Edit = null);

public static class InlayHintKind
{
    public const int Type = 1;
    public const int Parameter = 2;
}

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, LspRange Range);

public sealed record InlayHint(Position Position, string Label, int? Kind = null, string? Tooltip = null, bool? PaddingLeft = null);

public sealed record CodeLens(LspRange Range, Command? Command = null);

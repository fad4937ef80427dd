using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Features;

/// <summary>What the outline shows for a declaration or an item: its name (or its first words), a kind and the title.</summary>
public static class Outline
{
    public static DocumentSymbol Declaration(SyntaxNode declaration, LineMap lines, SourceText source)
    {
        var range = Ranges.Of(lines, declaration.Span);
        var (name, kind, title, nameToken, body) = declaration switch
        {
            ContractDeclarationSyntax c => (Named("contract", c.Name), LspSymbolKind.Module, c.Title, c.Name, (BlockSyntax?)null),
            ParameterDeclarationSyntax p => (Named("parameter", p.Name), LspSymbolKind.Variable, p.Title, p.Name, null),
            CauseDeclarationSyntax c => (Named("cause", c.Name), LspSymbolKind.EnumMember, c.Title, c.Name, null),
            SeverityDeclarationSyntax s => (Named("severity", s.Name), LspSymbolKind.EnumMember, s.Title, s.Name, null),
            CalendarDeclarationSyntax c => (Named("calendar", c.Name), LspSymbolKind.Struct, c.Title, c.Name, c.Body),
            ExclusionDeclarationSyntax e => (Named("exclusion", e.Name), LspSymbolKind.Interface, e.Title, e.Name, e.Body),
            ClauseDeclarationSyntax c => (Named("clause", c.Name), LspSymbolKind.Class, c.Title, c.Name, c.Body),
            WarrantyDeclarationSyntax w => (Named("warranty", w.Name), LspSymbolKind.Class, w.Title, w.Name, w.Body),
            ImportDeclarationSyntax i => (Summary(i, source), LspSymbolKind.File, (TextSyntax?)null, (SyntaxToken?)null, null),
            _ => (Summary(declaration, source), LspSymbolKind.Property, null, null, null),
        };
        var selection = nameToken is { Span.Length: > 0 } ? Ranges.Of(lines, nameToken.Span) : range;
        var children = body?.Items.Where(i => i.Span.Length > 0).Select(i => Item(i, lines, source)).ToList();
        return new DocumentSymbol(name, kind, range, selection, title is null ? null : string.Join(" / ", title.Values), children is { Count: > 0 } ? children : null);
    }

    private static DocumentSymbol Item(SyntaxNode item, LineMap lines, SourceText source)
    {
        var range = Ranges.Of(lines, item.Span);
        return item switch
        {
            CoversItemSyntax covers => new DocumentSymbol($"covers {covers.Name.Text}", LspSymbolKind.EnumMember, range,
                covers.Name.Span.Length > 0 ? Ranges.Of(lines, covers.Name.Span) : range, string.Join(" / ", covers.Title.Values)),
            DefineItemSyntax define => new DocumentSymbol($"define {define.Term.Values.FirstOrDefault()}", LspSymbolKind.String, range, range,
                string.Join(" / ", define.Term.Values)),
            _ => new DocumentSymbol(Summary(item, source), item is MatrixItemSyntax ? LspSymbolKind.Object : LspSymbolKind.Property, range, range),
        };
    }

    private static string Named(string keyword, SyntaxToken name) => name.Text.Length > 0 ? name.Text : $"({keyword} without a name)";

    /// <summary>The first line of a node's text, shortened: `availability 99.9% per month`.</summary>
    public static string Summary(SyntaxNode node, SourceText source)
    {
        var start = node.Span.Start;
        var end = start;
        var text = source.Text;
        while (end < node.Span.End && text[end] is not ('\n' or '\r')) end++;
        var line = string.Join(' ', text[start..end].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('{', ' ');
        return line.Length <= 60 ? line : line[..57] + "…";
    }
}

using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>
/// Creates a symbol for every named declaration of a file and reports names declared twice in it.
/// Bodies that name other declarations (exclusions, clauses, warranties) are bound later, once every
/// file's names are known.
/// </summary>
internal static class DeclarationBinder
{
    public static void Bind(FileBinding file)
    {
        var severityRank = 0;
        foreach (var declaration in file.Tree.Root.Declarations)
        {
            Symbol? symbol = declaration switch
            {
                ParameterDeclarationSyntax p when Named(p.Name) =>
                    new ParameterSymbol(p.Name.Text, file.Text(p.Title), ParameterTypes.Parse(p.Type.Text), p, file.Tree),
                CauseDeclarationSyntax c when Named(c.Name) =>
                    new CauseSymbol(c.Name.Text, file.Text(c.Title), c, file.Tree),
                SeverityDeclarationSyntax s when Named(s.Name) =>
                    new SeveritySymbol(s.Name.Text, file.Text(s.Title), s.Description is null ? null : file.Text(s.Description), severityRank++, s, file.Tree),
                CalendarDeclarationSyntax c when Named(c.Name) => CalendarBinder.Bind(file, c),
                ExclusionDeclarationSyntax e when Named(e.Name) => new ExclusionSymbol(e.Name.Text, file.Text(e.Title), e, file.Tree),
                ClauseDeclarationSyntax c when Named(c.Name) => new ClauseSymbol(c.Name.Text, file.Text(c.Title), c, file.Tree),
                WarrantyDeclarationSyntax w when Named(w.Name) => new WarrantySymbol(w.Name.Text, file.Text(w.Title), w, file.Tree),
                _ => null,
            };
            if (symbol is null) continue;

            file.Declared.Add(symbol);
            file.References[symbol.NameToken] = symbol;
            if (file.OwnNames.TryGetValue(symbol.Name, out var first))
            {
                file.Diagnostics.Add(DiagnosticCatalogue.Duplicate(symbol.NameToken.Span, symbol.Kind.Keyword(), symbol.Name,
                    first.Kind.Keyword(), file.Describe(first.NameToken)));
                continue;
            }
            file.OwnNames[symbol.Name] = symbol;
        }
    }

    private static bool Named(SyntaxToken name) => !SyntaxValues.IsMissing(name);
}

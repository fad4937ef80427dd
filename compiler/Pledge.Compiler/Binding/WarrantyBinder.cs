using System.Collections.Immutable;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>Binds the items of a warranty into its symbol.</summary>
internal static class WarrantyBinder
{
    public static void Bind(NameResolver names, WarrantySymbol warranty)
    {
        var file = names.File;
        var single = new SingleItems(file);
        var covers = ImmutableArray.CreateBuilder<CoveredItem>();
        var coveredNames = new Dictionary<string, SyntaxToken>(StringComparer.Ordinal);
        var excludedTexts = ImmutableArray.CreateBuilder<LocalizedText>();
        var excludedCauses = ImmutableArray.CreateBuilder<CauseSymbol>();
        var texts = ImmutableArray.CreateBuilder<LocalizedText>();

        foreach (var item in warranty.Syntax.Body.Items)
        {
            switch (item)
            {
                case WarrantyDurationItemSyntax d when single.First("duration", d):
                    warranty.Duration = SyntaxValues.Duration(d.Duration);
                    if (d.Start.Kind == TokenKind.Date) warranty.StartDate = d.Start.Value as DateOnly?;
                    else warranty.StartParameter = names.ResolveParameter(d.Start, ParameterType.Date, "from");
                    break;
                case CoversItemSyntax c:
                    var coverage = Coverage(names, c.Coverage);
                    if (SyntaxValues.IsMissing(c.Name)) break;
                    if (coveredNames.TryGetValue(c.Name.Text, out var first))
                    {
                        file.Diagnostics.Add(DiagnosticCatalogue.Duplicate(c.Name.Span, "covered item", c.Name.Text, "covered item", file.Describe(first)));
                        break;
                    }
                    coveredNames[c.Name.Text] = c.Name;
                    covers.Add(new CoveredItem(c.Name.Text, file.Text(c.Title), coverage, c));
                    break;
                case ExcludesTextItemSyntax e:
                    excludedTexts.Add(file.Text(e.Text));
                    break;
                case ExcludesCausesItemSyntax e:
                    foreach (var token in e.Causes.Items)
                        if (names.Resolve<CauseSymbol>(token) is { } cause) excludedCauses.Add(cause);
                    break;
                case OutsideScopeItemSyntax o when single.First("outside scope", o):
                    warranty.OutsideScope = Coverage(names, o.Coverage);
                    break;
                case ReplacementItemSyntax r when single.First("replacement", r):
                    warranty.ReplacementMinimum = SyntaxValues.Duration(r.Duration);
                    break;
                case TextItemSyntax t:
                    texts.Add(file.Text(t.Text));
                    break;
            }
        }

        warranty.Covers = covers.ToImmutable();
        warranty.ExcludedTexts = excludedTexts.ToImmutable();
        warranty.ExcludedCauses = excludedCauses.ToImmutable();
        warranty.Texts = texts.ToImmutable();
    }

    private static Coverage Coverage(NameResolver names, CoverageSyntax syntax) => new(
        [.. syntax.Options.Items.Select(o => Option(names, o))],
        !syntax.ProviderOption.IsDefaultOrEmpty,
        syntax);

    private static CoverageOption Option(NameResolver names, CoverageOptionSyntax syntax)
    {
        var note = syntax.Note is null ? null : names.File.Text(syntax.Note);
        if (!syntax.UpToKeywords.IsDefaultOrEmpty || syntax.Percentage is not null)
            return new CoverageOption(CoverageKind.RepairUpTo, SyntaxValues.Decimal(syntax.Percentage),
                names.ResolveParameter(syntax.Parameter, ParameterType.Money, "repair up to"), note, syntax);
        var kind = (syntax.Qualifier?.Text, syntax.Kind.Text) switch
        {
            ("free", _) => CoverageKind.FreeRepair,
            ("paid", _) => CoverageKind.PaidRepair,
            (_, "replace") => CoverageKind.Replace,
            (_, "refund") => CoverageKind.Refund,
            _ => CoverageKind.Repair,
        };
        return new CoverageOption(kind, null, null, note, syntax);
    }
}

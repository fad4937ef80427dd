using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>
/// The file-level lines: `contract`, `languages`, `provider`, `timezone`, `currency`, `rounding`. Each may
/// appear once per file, wherever it stands; a second one is reported and ignored.
/// </summary>
internal static class SettingsBinder
{
    /// <summary>The tags of the file's first `languages` line (each once); reports repeated tags.</summary>
    public static ImmutableArray<string> ReadLanguages(FileBinding file)
    {
        var languages = file.Tree.Root.Declarations.OfType<LanguagesDeclarationSyntax>().FirstOrDefault();
        if (languages is null) return [];
        var tags = ImmutableArray.CreateBuilder<string>();
        var seen = new Dictionary<string, SyntaxToken>(StringComparer.OrdinalIgnoreCase);
        var items = languages.Tags.Items;
        for (var i = 0; i < items.Length; i++)
        {
            var tag = items[i];
            if (SyntaxValues.IsMissing(tag)) continue;
            if (seen.TryGetValue(tag.Text, out var first))
            {
                // Remove the tag with the comma before it, so the list stays well formed.
                var removeStart = i > 0 && i - 1 < languages.Tags.Separators.Length ? items[i - 1].Span.End : tag.Span.Start;
                var remove = Dsl.Text.TextSpan.FromBounds(removeStart, tag.Span.End);
                file.Diagnostics.Add(DiagnosticCatalogue.LanguageTwice(tag.Span, tag.Text, file.Describe(first), remove));
                continue;
            }
            seen[tag.Text] = tag;
            tags.Add(tag.Text);
        }
        return tags.ToImmutable();
    }

    public static void Bind(FileBinding file)
    {
        ContractDeclarationSyntax? contract = null;
        ProviderDeclarationSyntax? provider = null;
        TimezoneDeclarationSyntax? timezone = null;
        CurrencyDeclarationSyntax? currency = null;
        RoundingDeclarationSyntax? rounding = null;
        LanguagesDeclarationSyntax? languages = null;
        DateTimeZone? zone = null;
        string? currencyCode = null;

        foreach (var declaration in file.Tree.Root.Declarations)
        {
            switch (declaration)
            {
                case ContractDeclarationSyntax c:
                    if (contract is null) contract = c;
                    else file.Diagnostics.Add(DiagnosticCatalogue.SecondContract(c.Keyword.Span, file.Describe(contract)));
                    break;
                case LanguagesDeclarationSyntax l:
                    if (First(file, ref languages, l, l.Keyword, "languages")) { /* read by ReadLanguages */ }
                    break;
                case ProviderDeclarationSyntax p:
                    First(file, ref provider, p, p.Keyword, "provider");
                    break;
                case TimezoneDeclarationSyntax t:
                    if (First(file, ref timezone, t, t.Keyword, "timezone")) zone = ResolveZone(file, t);
                    break;
                case CurrencyDeclarationSyntax c:
                    if (First(file, ref currency, c, c.Keyword, "currency") && CheckCurrency(file, c.Code)) currencyCode = c.Code.Text;
                    break;
                case RoundingDeclarationSyntax r:
                    First(file, ref rounding, r, r.Keyword, "rounding");
                    break;
            }
        }

        if (contract is null || SyntaxValues.IsMissing(contract.Name)) return;
        var roundingRule = rounding is null || SyntaxValues.IsMissing(rounding.Mode)
            ? RoundingRule.Default(CurrencyCodes.MinorDigitsOf(currencyCode))
            : new RoundingRule(rounding.Mode.Text,
                rounding.Increment?.Value is decimal increment ? increment : RoundingRule.Default(CurrencyCodes.MinorDigitsOf(currencyCode)).Increment,
                true);
        file.Contract = new ContractSymbol(contract.Name.Text, file.Text(contract.Title), file.Languages,
            provider is null ? null : file.Text(provider.Name), timezone?.Zone.Value, zone, currencyCode, roundingRule, contract, file.Tree);
    }

    private static bool First<T>(FileBinding file, ref T? first, T current, SyntaxToken keyword, string setting) where T : SyntaxNode
    {
        if (first is null)
        {
            first = current;
            return true;
        }
        file.Diagnostics.Add(DiagnosticCatalogue.SettingTwice(keyword.Span, setting, file.Describe(first)));
        return false;
    }

    /// <summary>The zone of a `timezone` line; reports an unknown one (PLG2013).</summary>
    public static DateTimeZone? ResolveZone(FileBinding file, TimezoneDeclarationSyntax syntax)
    {
        if (SyntaxValues.IsMissing(syntax.Zone.Token)) return null;
        var text = syntax.Zone.Value;
        var zone = TimeZones.Resolve(text);
        if (zone is null)
            file.Diagnostics.Add(DiagnosticCatalogue.TimeZoneUnknown(syntax.Zone.Span, text, TimeZones.Suggest(text)));
        return zone;
    }

    /// <summary>True for a known ISO 4217 code; reports others (PLG2014).</summary>
    public static bool CheckCurrency(FileBinding file, SyntaxToken code)
    {
        if (SyntaxValues.IsMissing(code)) return false;
        if (CurrencyCodes.IsKnown(code.Text)) return true;
        file.Diagnostics.Add(DiagnosticCatalogue.CurrencyUnknown(code.Span, code.Text, CurrencyCodes.Suggest(code.Text)));
        return false;
    }
}

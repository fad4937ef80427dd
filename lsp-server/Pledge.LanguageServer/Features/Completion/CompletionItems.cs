using Pledge.Compiler;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Parsing;
using Pledge.Dsl.Syntax;
using Pledge.LanguageServer.Protocol.Types;

namespace Pledge.LanguageServer.Features.Completion;

/// <summary>Turns what is expected at the cursor into completion items: keywords from the one keyword table, declared names from the model, snippets.</summary>
public static class CompletionItems
{
    private static readonly string[] DurationUnits = ["min", "h", "hours", "days", "business days", "business hours", "weeks", "months", "years"];
    private static readonly string[] CommonCurrencies = ["CNY", "USD", "EUR", "KRW", "JPY", "GBP", "HKD"];
    private static readonly string[] LanguageTags = ["zh-CN", "zh-TW", "en", "ko", "ja"];

    public static List<CompletionItem> For(CompletionSituation situation, SemanticModel model)
    {
        var items = new List<CompletionItem>();
        void Words(IEnumerable<string> words, int kind = CompletionItemKind.Keyword, string? detail = null)
        {
            foreach (var w in words.Distinct()) items.Add(new CompletionItem(w, kind, detail, SortText: "1" + w));
        }
        void Names(SymbolKind kind, Func<Symbol, bool>? filter = null)
        {
            foreach (var symbol in model.LookupSymbols(kind).Where(s => filter?.Invoke(s) ?? true).GroupBy(s => s.Name).Select(g => g.First()))
                items.Add(new CompletionItem(symbol.Name, KindOf(kind), Title(symbol), MarkupContent.Markdown(SymbolDescriptions.Describe(symbol, model)), SortText: "0" + symbol.Name));
        }
        var languages = model.Languages.IsDefaultOrEmpty ? 2 : model.Languages.Length;

        switch (situation.Expected)
        {
            case Expectation.ItemStart:
                ItemStart(situation.Block, model, languages, items, Words, Names);
                break;
            case Expectation.Units: Words(DurationUnits, CompletionItemKind.Unit); break;
            case Expectation.DistanceUnits: Words(Keywords.DistanceUnits, CompletionItemKind.Unit); break;
            case Expectation.Currencies:
                Words(new[] { model.Contract?.Currency }.OfType<string>().Concat(CommonCurrencies), CompletionItemKind.Unit);
                break;
            case Expectation.Events: Words(Keywords.Events, CompletionItemKind.Event, "incident event"); break;
            case Expectation.Periods: Words(Keywords.Periods); break;
            case Expectation.PenaltyCounting: Words(["started", "full"]); break;
            case Expectation.PenaltyUnits: Words(["day", "hour"]); break;
            case Expectation.CapScopes: Words(["incident", "period"]); break;
            case Expectation.PayPer: Words(["breach"]); break;
            case Expectation.Causes: Names(SymbolKind.Cause); break;
            case Expectation.Severities: Names(SymbolKind.Severity); break;
            case Expectation.Calendars: Names(SymbolKind.Calendar); break;
            case Expectation.Clock:
                Words(["24x7"]);
                Names(SymbolKind.Calendar);
                break;
            case Expectation.Parameters: Names(SymbolKind.Parameter); break;
            case Expectation.DateParameters: Names(SymbolKind.Parameter, s => s is ParameterSymbol { Type: ParameterType.Date }); break;
            case Expectation.Remedies:
                Words(["waive", "credit", "pay"]);
                foreach (var s in Snippets.ClauseItems(languages, [], MoneyParameters(model)).Where(s => s.Label.StartsWith("remedy", StringComparison.Ordinal)))
                    items.Add(SnippetItem(s with { Body = s.Body["remedy ".Length..] }));
                break;
            case Expectation.ExcludeKinds: Words(["causes", "unreported after", "planned"]); break;
            case Expectation.ParameterTypes: Words(Keywords.ParameterTypes, CompletionItemKind.TypeParameter); break;
            case Expectation.RoundingModes: Words(Keywords.RoundingModes); break;
            case Expectation.Weekdays: Words(Keywords.Weekdays.Take(7), CompletionItemKind.EnumMember); break;
            case Expectation.LanguageTags: Words(LanguageTags, CompletionItemKind.Value); break;
            case Expectation.Milestones:
                Words(Keywords.Milestones.Where(m => !situation.Excluded.Contains(m)), CompletionItemKind.EnumMember, "milestone");
                break;
            case Expectation.MilestoneVerbs: Words(["within", "by", "after", "by distance", "by next business day", "by end of business day"]); break;
            case Expectation.ByForms: Words(["distance", "next business day", "end of business day"]); break;
            case Expectation.ClaimAfter: Words(["period end", "breach"]); break;
            case Expectation.Words: Words(situation.Words); break;
        }
        return items;
    }

    private static void ItemStart(BlockKind block, SemanticModel model, int languages, List<CompletionItem> items,
        Action<IEnumerable<string>, int, string?> words, Action<SymbolKind, Func<Symbol, bool>?> names)
    {
        switch (block)
        {
            case BlockKind.TopLevel:
                words(Keywords.Declarations, CompletionItemKind.Keyword, null);
                items.AddRange(Snippets.Declarations(languages).Select(SnippetItem));
                break;
            case BlockKind.Clause:
                words(Keywords.ClauseItems.Order(StringComparer.Ordinal), CompletionItemKind.Keyword, null);
                var severities = model.Severities.Select(s => s.Name).Distinct().ToList();
                items.AddRange(Snippets.ClauseItems(languages, severities, MoneyParameters(model)).Select(SnippetItem));
                break;
            case BlockKind.Calendar: words(Keywords.CalendarItems.Order(StringComparer.Ordinal), CompletionItemKind.Keyword, null); break;
            case BlockKind.Exclusion: words(Keywords.ExclusionItems.Order(StringComparer.Ordinal), CompletionItemKind.Keyword, null); break;
            case BlockKind.Warranty:
                words(["duration", "covers", "excludes", "excludes causes", "outside scope", "replacement covered for the remainder or"], CompletionItemKind.Keyword, null);
                break;
            case BlockKind.Matrix: names(SymbolKind.Severity, null); break;
            case BlockKind.Distance: words(["up to", "beyond"], CompletionItemKind.Keyword, null); break;
            case BlockKind.CreditTable: words(["below", "at or below"], CompletionItemKind.Keyword, null); break;
        }
    }

    private static List<string> MoneyParameters(SemanticModel model) =>
        [.. model.Parameters.Where(p => p.Type == ParameterType.Money).Select(p => p.Name)];

    private static CompletionItem SnippetItem(Snippets.Snippet s) =>
        new(s.Label, CompletionItemKind.Snippet, s.Detail, InsertText: s.Body, InsertTextFormat: Protocol.Types.InsertTextFormat.Snippet,
            SortText: "2" + s.Label, FilterText: s.Label.Split(' ')[0]);

    private static string? Title(Symbol symbol) => symbol switch
    {
        CauseSymbol c => c.Title.Primary,
        SeveritySymbol s => s.Title.Primary,
        CalendarSymbol c => c.Title.Primary,
        ParameterSymbol p => $"{p.Title.Primary} : {p.Type.Keyword()}",
        ClauseSymbol c => c.Title.Primary,
        _ => null,
    };

    private static int KindOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Cause or SymbolKind.Severity => CompletionItemKind.EnumMember,
        SymbolKind.Calendar => CompletionItemKind.Struct,
        SymbolKind.Parameter => CompletionItemKind.Variable,
        _ => CompletionItemKind.Class,
    };

    internal static bool IsKeyword(SyntaxToken token) => token.Kind == TokenKind.Keyword;
}

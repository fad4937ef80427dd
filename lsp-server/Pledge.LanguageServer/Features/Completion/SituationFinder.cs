using Pledge.Dsl.Parsing;

namespace Pledge.LanguageServer.Features.Completion;

/// <summary>
/// Decides what is expected at the cursor from the words before it in the current block: the grammar's
/// item keywords after a `{` or a finished item, names of the right kind where the grammar expects a name,
/// units after a number, milestones in a matrix header, events after `from`/`to`/`after`.
/// </summary>
public static class SituationFinder
{
    public static CompletionSituation Find(string text, int prefixStart)
    {
        var scan = TextScanner.Scan(text, prefixStart);
        var all = scan.Lexemes;
        var opener = scan.OpenBraces.Count > 0 ? scan.OpenBraces[^1] : -1;
        var block = opener < 0 ? BlockKind.TopLevel : KindOfBlock(all, opener);
        var blockStart = opener + 1;
        if (opener < 0)
        {
            // At top level, only what follows the last closed block matters.
            var lastClose = all.FindLastIndex(l => l.Kind == LexemeKind.Punctuation && l.Text == "}");
            blockStart = lastClose + 1;
        }
        var words = all.Skip(blockStart).ToList();
        if (words.Count == 0) return CompletionSituation.Of(block, Expectation.ItemStart);

        var cursorLine = LineOf(text, prefixStart);
        var prev = words[^1];
        var prev2 = words.Count > 1 ? words[^2] : null;
        var item = CurrentItem(words, block);
        var first = item.Count > 0 ? item[0].Text : "";

        if (block == BlockKind.Matrix) return InMatrix(words, prev, cursorLine);
        if (block == BlockKind.Distance)
        {
            if (prev.Kind == LexemeKind.Number) return CompletionSituation.Of(block, Expectation.DistanceUnits);
            if (prev.Is("up")) return CompletionSituation.Continue(block, "to");
            if (prev.Text == ":") return CompletionSituation.Of(block, Expectation.Nothing);
            if (AtLineStart(prev, cursorLine) || prev.Text == "{") return CompletionSituation.Of(block, Expectation.ItemStart);
            return CompletionSituation.Of(block, Expectation.Units);
        }
        if (block == BlockKind.CreditTable)
        {
            if (prev.Is("at")) return CompletionSituation.Continue(block, "or below");
            if (prev.Is("or")) return CompletionSituation.Continue(block, "below");
            return AtLineStart(prev, cursorLine) || prev.Text == "{" ? CompletionSituation.Of(block, Expectation.ItemStart) : CompletionSituation.Of(block, Expectation.Nothing);
        }

        switch (prev.Kind)
        {
            case LexemeKind.Number:
                if (first == "remedy" && item.Any(l => l.Is("pay"))) return CompletionSituation.Of(block, Expectation.Currencies);
                if (first is "rounding" or "severity" or "cause") return CompletionSituation.Of(block, Expectation.Nothing);
                if (prev.Text.EndsWith('%')) return AfterPercent(block, item, first);
                if (prev.Text.Contains(':') || IsDate(prev.Text)) return CompletionSituation.Of(block, Expectation.Nothing);
                return CompletionSituation.Of(block, Expectation.Units);
            case LexemeKind.String:
                if (first == "parameter") return CompletionSituation.Continue(block, ":");
                return AtLineStart(prev, cursorLine) ? CompletionSituation.Of(block, Expectation.ItemStart) : CompletionSituation.Of(block, Expectation.Nothing);
            case LexemeKind.Punctuation:
                return AfterPunctuation(block, prev, item, first, cursorLine);
        }

        // prev is a word.
        switch (prev.Text)
        {
            case "from" when block == BlockKind.Warranty: return CompletionSituation.Of(block, Expectation.DateParameters);
            case "from" or "to" when first == "downtime": return CompletionSituation.Of(block, Expectation.Events);
            case "after" when prev2 is { Text: "unreported" }: return CompletionSituation.Of(block, Expectation.Nothing);
            case "after" when first == "claim": return CompletionSituation.Of(block, Expectation.ClaimAfter);
            case "after": return CompletionSituation.Of(block, Expectation.Events);
            case "per" when first == "remedy": return RemedyPer(block, item);
            case "per": return CompletionSituation.Of(block, Expectation.Periods);
            case "started" or "full" when prev2 is { Text: "per" }: return CompletionSituation.Of(block, Expectation.PenaltyUnits);
            case "day" or "hour" when first == "remedy" && prev2 is { Text: "started" or "full" }: return CompletionSituation.Continue(block, "late");
            case "causes" or "planned": return CompletionSituation.Of(block, Expectation.Causes);
            case "clock": return CompletionSituation.Of(block, Expectation.Clock);
            case "on": return CompletionSituation.Of(block, Expectation.Calendars);
            case "of" when prev2 is { Text: "end" }: return CompletionSituation.Of(block, Expectation.Nothing);
            case "of" or "waive" or "credit": return CompletionSituation.Of(block, Expectation.Parameters);
            case "remedy": return CompletionSituation.Of(block, Expectation.Remedies);
            case "exclude": return CompletionSituation.Of(block, Expectation.ExcludeKinds);
            case "excludes": return CompletionSituation.Continue(block, "causes");
            case "ignore": return CompletionSituation.Continue(block, "outages shorter than");
            case "max": return CompletionSituation.Continue(block, "downtime");
            case "downtime" when item.Count == 1 && block == BlockKind.Clause: return CompletionSituation.Continue(block, "from");
            case "rounding": return CompletionSituation.Of(block, Expectation.RoundingModes);
            case "days" when block == BlockKind.Calendar: return CompletionSituation.Of(block, Expectation.Weekdays);
            case "span": return CompletionSituation.Of(block, Expectation.Weekdays);
            case "languages": return CompletionSituation.Of(block, Expectation.LanguageTags);
            case "currency": return CompletionSituation.Of(block, Expectation.Currencies);
            case "when": return CompletionSituation.Continue(block, "breached");
            case "by" when Keywords.Milestones.Contains(prev2?.Text ?? ""): return CompletionSituation.Of(block, Expectation.ByForms);
            case "by" when first == "remedy": return CompletionSituation.Continue(block, "availability");
            case "with": return CompletionSituation.Continue(block, "notice");
            case "at" when first == "exclude": return CompletionSituation.Continue(block, "most");
            case "outside": return CompletionSituation.Continue(block, "scope");
            case "cap": return CompletionSituation.Of(block, Expectation.Nothing);
            case "within" or "notice" or "shorter" or "than" or "contract" or "clause" or "calendar" or "cause" or "severity"
                or "parameter" or "exclusion" or "warranty" or "import" or "provider" or "timezone" or "define" or "text" or "duration":
                return CompletionSituation.Of(block, Expectation.Nothing);
        }
        if (block == BlockKind.Clause && item.Count == 1 && Keywords.Milestones.Contains(prev.Text))
            return CompletionSituation.Of(block, Expectation.MilestoneVerbs);
        if (block == BlockKind.Warranty && first == "covers") return CompletionSituation.Of(block, Expectation.Nothing);
        // After a finished item, the next item may start, on this line or the next (newlines are not significant).
        return CompletionSituation.Of(block, Expectation.ItemStart);
    }

    private static CompletionSituation AfterPercent(BlockKind block, List<Lexeme> item, string first)
    {
        if (first == "availability") return CompletionSituation.Continue(block, "per");
        if (first == "remedy" && item.Count(l => l.Kind == LexemeKind.Number) == 1) return CompletionSituation.Continue(block, "of");
        if (item.Any(l => l.Is("cap"))) return CompletionSituation.Continue(block, "of");
        return CompletionSituation.Of(block, Expectation.Nothing);
    }

    private static CompletionSituation RemedyPer(BlockKind block, List<Lexeme> item)
    {
        if (item.Any(l => l.Is("cap"))) return CompletionSituation.Of(block, Expectation.CapScopes);
        if (item.Any(l => l.Is("pay"))) return CompletionSituation.Of(block, Expectation.PayPer);
        return CompletionSituation.Of(block, Expectation.PenaltyCounting);
    }

    private static CompletionSituation AfterPunctuation(BlockKind block, Lexeme prev, List<Lexeme> item, string first, int cursorLine)
    {
        switch (prev.Text)
        {
            case "{" or "}":
                return CompletionSituation.Of(block, Expectation.ItemStart);
            case ",":
                if (item.Any(l => l.Is("causes"))) return CompletionSituation.Of(block, Expectation.Causes);
                if (first == "languages") return CompletionSituation.Of(block, Expectation.LanguageTags);
                if (first == "days") return CompletionSituation.Of(block, Expectation.Weekdays);
                if (first == "remedy") return CompletionSituation.Continue(block, "cap");
                if (first == "exclude") return CompletionSituation.Continue(block, "at most");
                if (first == "replacement") return CompletionSituation.Continue(block, "whichever is longer");
                return CompletionSituation.Of(block, Expectation.Nothing);
            case ":":
                if (first == "parameter") return CompletionSituation.Of(block, Expectation.ParameterTypes);
                if (first is "covers" or "outside") return CompletionSituation.Continue(block, "free repair", "paid repair", "repair up to", "replace", "refund");
                return CompletionSituation.Of(block, Expectation.Nothing);
            case "-" when first == "span":
                return CompletionSituation.Of(block, Expectation.Weekdays);
            default:
                return AtLineStart(prev, cursorLine) ? CompletionSituation.Of(block, Expectation.ItemStart) : CompletionSituation.Of(block, Expectation.Nothing);
        }
    }

    private static CompletionSituation InMatrix(List<Lexeme> words, Lexeme prev, int cursorLine)
    {
        var onLine = words.Where(l => l.Line == cursorLine).ToList();
        var headerLine = words.FirstOrDefault(l => l.Is("severity"))?.Line;
        if (onLine.Count == 0)
            return headerLine is null ? CompletionSituation.Continue(BlockKind.Matrix, "severity") : CompletionSituation.Of(BlockKind.Matrix, Expectation.Severities);
        if (onLine[0].Is("severity"))
        {
            if (prev.Text != "|") return CompletionSituation.Of(BlockKind.Matrix, Expectation.Nothing);
            var used = onLine.Where(l => l.Kind == LexemeKind.Word).Select(l => l.Text).ToList();
            return new CompletionSituation(BlockKind.Matrix, Expectation.Milestones, [], used);
        }
        if (prev.Kind == LexemeKind.Number) return CompletionSituation.Of(BlockKind.Matrix, Expectation.Units);
        if (prev.Is("on")) return CompletionSituation.Of(BlockKind.Matrix, Expectation.Calendars);
        if (prev.Text == "|") return CompletionSituation.Continue(BlockKind.Matrix, "-", "next business day", "end of business day");
        return CompletionSituation.Of(BlockKind.Matrix, Expectation.Nothing);
    }

    /// <summary>The lexemes of the item the cursor is in: from the last word that starts an item in this block.</summary>
    private static List<Lexeme> CurrentItem(List<Lexeme> words, BlockKind block)
    {
        var starters = block switch
        {
            BlockKind.TopLevel => Keywords.Declarations,
            BlockKind.Clause => Keywords.ClauseItems,
            BlockKind.Calendar => Keywords.CalendarItems,
            BlockKind.Exclusion => Keywords.ExclusionItems,
            BlockKind.Warranty => Keywords.WarrantyItems,
            _ => null,
        };
        if (starters is null) return words;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var w = words[i];
            if (w.Kind != LexemeKind.Word || !starters.Contains(w.Text)) continue;
            // `downtime` inside `max downtime`, a milestone after `exclude … after`: not an item start.
            if (i > 0 && words[i - 1].Kind == LexemeKind.Word && words[i - 1].Text is "max" or "after" or "by" or "of" or "per" or "outages") continue;
            if (block == BlockKind.Clause && Keywords.Milestones.Contains(w.Text) && i > 0 && words[i - 1].Text == "|") continue;
            return words.Skip(i).ToList();
        }
        return words;
    }

    private static BlockKind KindOfBlock(List<Lexeme> lexemes, int brace)
    {
        var before = brace > 0 ? lexemes[brace - 1] : null;
        var before2 = brace > 1 ? lexemes[brace - 2] : null;
        if (before is not null && before.Is("matrix")) return BlockKind.Matrix;
        if (before is not null && before.Is("distance") && before2 is not null && before2.Is("by")) return BlockKind.Distance;
        if (before is not null && before.Is("availability") && before2 is not null && before2.Is("by")) return BlockKind.CreditTable;
        for (var i = brace - 1; i >= 0 && i >= brace - 12; i--)
        {
            var l = lexemes[i];
            if (l.Kind != LexemeKind.Word) continue;
            switch (l.Text)
            {
                case "clause": return BlockKind.Clause;
                case "calendar": return BlockKind.Calendar;
                case "exclusion": return BlockKind.Exclusion;
                case "warranty": return BlockKind.Warranty;
            }
        }
        return BlockKind.Unknown;
    }

    private static bool AtLineStart(Lexeme prev, int cursorLine) => prev.Line < cursorLine;

    private static bool IsDate(string text) => text.Length == 10 && text[4] == '-' && text[7] == '-';

    private static int LineOf(string text, int offset)
    {
        var n = 0;
        for (var i = 0; i < offset && i < text.Length; i++) if (text[i] == '\n') n++;
        return n;
    }
}

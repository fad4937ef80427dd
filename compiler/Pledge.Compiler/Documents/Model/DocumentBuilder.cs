using System.Collections.Immutable;
using NodaTime;
using Pledge.Compiler.Binding;
using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Documents.Model;

/// <summary>
/// Builds the <see cref="ContractDocument"/> of a file. Articles are the clauses, top-level exclusions and
/// warranties in source order (the file's own, then imported ones), numbered from 1 here and nowhere else.
/// Items keep the order the author wrote them in; an availability states its counting rule even when it is
/// the default one, because the reader needs it to check the promise.
/// </summary>
public static class DocumentBuilder
{
    public static ContractDocument Build(SemanticModel model)
    {
        var contract = model.Contract;
        var zone = contract?.TimeZone ?? DateTimeZone.Utc;
        var articles = new List<DocumentArticle>();
        var ordered = model.Symbols.Where(s => s is not ExclusionSymbol).Concat(model.Symbols.OfType<ExclusionSymbol>());
        foreach (var symbol in ordered)
        {
            var number = articles.Count + 1;
            switch (symbol)
            {
                case ClauseSymbol clause:
                    articles.Add(new DocumentArticle(number, ArticleKind.Clause, clause.Name, clause.Title, ClauseItems(clause, zone)));
                    break;
                case ExclusionSymbol exclusion:
                    articles.Add(new DocumentArticle(number, ArticleKind.Exclusion, exclusion.Name, exclusion.Title, ExclusionItems(exclusion)));
                    break;
                case WarrantySymbol warranty:
                    articles.Add(new DocumentArticle(number, ArticleKind.Warranty, warranty.Name, warranty.Title, WarrantyItems(warranty)));
                    break;
            }
        }

        var title = contract?.Title ?? EmptyText(model.Languages);
        return new ContractDocument(
            contract?.Name ?? "",
            title,
            contract?.Provider,
            model.Languages,
            contract?.Currency,
            [.. model.Parameters.Select(p => new DocumentParameter(p.Name, p.Title, p.Type))],
            [.. articles]);
    }

    private static ImmutableArray<DocumentItem> ClauseItems(ClauseSymbol clause, DateTimeZone zone)
    {
        // (position in the source, item): sorted at the end so the document follows the author's order.
        var items = new List<(int At, DocumentItem Item)>();
        var body = clause.Syntax.Body.Items;
        int At<T>() where T : SyntaxNode => body.OfType<T>().FirstOrDefault()?.Span.Start ?? int.MaxValue;
        var period = clause.Availability?.Period ?? clause.MaxDowntime?.Period;

        foreach (var d in clause.Definitions) items.Add((d.Syntax.Span.Start, new DefinitionItem(d.Term, d.Meaning)));
        if (clause.Availability is { } availability)
        {
            var allowances = availability.Period is { } p
                ? AvailabilityAllowance.For(availability.Percent, p, zone)
                    .Select(a => new AllowanceValue(a.Length.Days, a.Length.DstShiftMinutes, DurationValue.Minutes(a.AllowedMinutes)))
                    .ToImmutableArray()
                : [];
            items.Add((availability.Syntax.Span.Start, new AvailabilityItem(new PercentValue(availability.Percent), availability.Period, allowances)));
        }
        if (clause.MaxDowntime is { } max)
            items.Add((max.Syntax.Span.Start, new MaxDowntimeItem(DurationValue.From(max.Duration), max.Period)));
        if (clause.Downtime.Syntax is { } downtimeSyntax)
            items.Add((downtimeSyntax.Span.Start, new DowntimeItem(clause.Downtime.From, clause.Downtime.To, true)));
        else if (clause.Availability is not null || clause.MaxDowntime is not null)
            // Right after the availability or allowance it belongs to.
            items.Add((Math.Max(clause.Availability?.Syntax.Span.Start ?? 0, clause.MaxDowntime?.Syntax.Span.Start ?? 0) + 1,
                new DowntimeItem(clause.Downtime.From, clause.Downtime.To, false)));

        if (!clause.ExcludedCauses.IsEmpty)
            items.Add((At<ExcludeCausesItemSyntax>(), new ExcludeCausesItem([.. clause.ExcludedCauses.Select(c => c.Title)], false)));
        if (clause.UnreportedAfter is { } unreported)
            items.Add((At<ExcludeUnreportedItemSyntax>(), new ExcludeUnreportedItem(DurationValue.From(unreported))));
        foreach (var planned in clause.PlannedExclusions)
            items.Add((planned.Syntax.Span.Start, new ExcludePlannedItem(planned.Cause?.Title, DurationValue.From(planned.Notice), planned.NoticeCalendar?.Title, planned.AtMost, planned.AtMostPer)));
        if (clause.IgnoreOutagesShorterThan is { } ignore)
            items.Add((At<IgnoreOutagesItemSyntax>(), new IgnoreItem(DurationValue.From(ignore))));

        if (clause.Clock is { } clock)
            items.Add((At<ClockItemSyntax>(), new ClockItem(Calendar(clock))));
        else if (body.OfType<ClockItemSyntax>().Any() && clause.HasMilestones)
            items.Add((At<ClockItemSyntax>(), new ClockItem(null)));

        if (clause.Matrix is { } matrix)
        {
            var columns = matrix.Columns.Select((m, i) => (m, i)).Where(c => c.m is not null).ToList();
            var rows = matrix.Rows.Select(r => new MatrixSeverityRow(
                r.Severity.Name, r.Severity.Title, r.Severity.Description,
                [.. columns.Select(c => r.GetCell(c.i) is { } cell ? Deadline(cell) : null)]));
            items.Add((matrix.Syntax.Span.Start, new MatrixItem([.. columns.Select(c => new MatrixColumn(c.m!.Value, clause.AnchorOf(c.m.Value)))], [.. rows])));
        }
        foreach (var c in clause.Commitments)
            items.Add((c.Syntax.Span.Start, new CommitmentItem(c.Milestone, Deadline(c.Deadline), c.Anchor)));
        foreach (var d in clause.DistanceCommitments)
        {
            var tiers = d.Tiers.Select(t => t.IsBeyond
                ? new DistanceTierRow(null, Farthest(d), t.Deadline is null ? null : Deadline(t.Deadline))
                : new DistanceTierRow(new DistanceValue(t.Amount ?? 0, t.Unit ?? "km"), null, t.Deadline is null ? null : Deadline(t.Deadline)));
            items.Add((d.Syntax.Span.Start, new DistanceItem(d.Milestone, [.. tiers])));
        }

        foreach (var remedy in clause.Remedies)
            items.Add((remedy.Syntax.Span.Start, Remedy(remedy, period)));
        if (clause.Claim is { } claim)
            items.Add((claim.Syntax.Span.Start, new ClaimItem(DurationValue.From(claim.Window), claim.Start, period)));
        foreach (var text in clause.Texts) items.Add((text.Syntax.Span.Start, new TextItem(text)));

        return [.. items.OrderBy(i => i.At).Select(i => i.Item)];
    }

    private static ImmutableArray<DocumentItem> ExclusionItems(ExclusionSymbol exclusion)
    {
        var items = new List<DocumentItem>();
        if (!exclusion.Causes.IsEmpty) items.Add(new ExcludeCausesItem([.. exclusion.Causes.Select(c => c.Title)], true));
        items.AddRange(exclusion.Texts.Select(t => new TextItem(t)));
        return [.. items];
    }

    private static ImmutableArray<DocumentItem> WarrantyItems(WarrantySymbol warranty)
    {
        var items = new List<DocumentItem>();
        if (warranty.Duration is { } duration)
        {
            var last = warranty.StartDate is { } start ? WarrantyPeriod.LastDay(start, duration) : null;
            items.Add(new WarrantyDurationItem(DurationValue.From(duration), warranty.StartParameter?.Title, warranty.StartDate, last));
        }
        if (!warranty.Covers.IsEmpty)
            items.Add(new WarrantyCoversItem([.. warranty.Covers.Select(c => new CoveredItemValue(c.Name, c.Title, Coverage(c.Coverage)))]));
        if (!warranty.ExcludedTexts.IsEmpty || !warranty.ExcludedCauses.IsEmpty)
            items.Add(new WarrantyExcludesItem(warranty.ExcludedTexts, [.. warranty.ExcludedCauses.Select(c => c.Title)]));
        if (warranty.OutsideScope is { } outside) items.Add(new WarrantyOutsideItem(Coverage(outside)));
        if (warranty.ReplacementMinimum is { } minimum) items.Add(new WarrantyReplacementItem(DurationValue.From(minimum)));
        items.AddRange(warranty.Texts.Select(t => new TextItem(t)));
        return [.. items];
    }

    private static DocumentItem Remedy(Remedy remedy, PeriodUnit? period) => remedy switch
    {
        WaiveRemedy w => new WaiveRemedyItem(w.Parameter?.Title, period),
        PenaltyRemedy p => new PenaltyRemedyItem(new PercentValue(p.Percent), p.Parameter?.Title, p.Counting, p.Unit, Cap(p.Cap), period),
        CreditRemedy c => new CreditRemedyItem(
            c.Parameter?.Title,
            [.. c.Tiers.Select(t => new CreditRow(t.Inclusive, new PercentValue(t.Threshold), new PercentValue(t.Credit)))],
            Cap(c.Cap),
            period),
        PayRemedy p => new PayRemedyItem(new MoneyValue(p.Amount, p.Currency, CurrencyCodes.MinorDigitsOf(p.Currency)), period),
        _ => throw new ArgumentOutOfRangeException(nameof(remedy), remedy.GetType().Name, "a remedy kind the document does not know"),
    };

    private static CapValue? Cap(RemedyCap? cap) => cap is null ? null : new CapValue(new PercentValue(cap.Percent), cap.Parameter?.Title, cap.Scope);

    private static CoverageValue Coverage(Coverage coverage) => new(
        [.. coverage.Options.Select(o => new CoverageOptionValue(o.Kind, o.Percent is { } p ? new PercentValue(p) : null, o.Parameter?.Title, o.Note))],
        coverage.AtProviderOption);

    private static DocumentDeadline Deadline(Deadline deadline) => deadline switch
    {
        DurationDeadline d => new DocumentDeadline(DurationValue.From(d.Duration), null, d.On?.Title),
        CloseOfBusinessDayDeadline c => new DocumentDeadline(null, c.Day, c.On?.Title),
        _ => new DocumentDeadline(null, null, deadline.On?.Title),
    };

    /// <summary>`beyond` is stated as "beyond the farthest bound".</summary>
    private static DistanceValue? Farthest(DistanceCommitment d) =>
        d.Tiers.Where(t => !t.IsBeyond && t.Amount is not null).OrderByDescending(t => t.UpToKm).Select(t => new DistanceValue(t.Amount!.Value, t.Unit ?? "km")).FirstOrDefault() is { } v && v.Unit is not null
            ? v
            : null;

    private static DocumentCalendar Calendar(CalendarSymbol c) => new(c.Name, c.Title, c.Days, c.Hours, c.Spans, c.Holidays);

    private static LocalizedText EmptyText(ImmutableArray<string> languages) =>
        new([.. languages.Select(_ => "")], languages, new TextSyntax(new SeparatedListSyntax<StringLiteralSyntax>([], [])));
}

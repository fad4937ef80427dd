using NodaTime;
using Pledge.Compiler;
using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.LanguageServer.Features;

/// <summary>
/// Computed facts a hover shows for a clause item under the cursor: what an availability allows for each
/// length of its period, what a `max downtime` is against it, what a deadline means on its clock, and a
/// distance commitment's tiers in the order they apply.
/// </summary>
public static class ItemFacts
{
    public static string? Describe(IReadOnlyList<SyntaxNode> path, SemanticModel model)
    {
        var clauseSyntax = SyntaxLookup.Innermost<ClauseDeclarationSyntax>(path);
        var warrantySyntax = SyntaxLookup.Innermost<WarrantyDeclarationSyntax>(path);
        if (warrantySyntax is not null && SyntaxLookup.Innermost<WarrantyDurationItemSyntax>(path) is not null
            && model.GetDeclaredSymbol(warrantySyntax) is WarrantySymbol { Duration: { } d } warranty)
            return $"**warranty period**\n\n{WarrantyFacts.Describe(warranty, d)}";
        if (clauseSyntax is null || model.GetDeclaredSymbol(clauseSyntax) is not ClauseSymbol clause) return null;
        var zone = model.Contract?.TimeZone;

        if (SyntaxLookup.Innermost<AvailabilityItemSyntax>(path) is not null && clause.Availability is { Period: { } period } availability)
            return Allowance(availability.Percent, period, zone, model.Contract?.TimeZoneName);
        if (SyntaxLookup.Innermost<MaxDowntimeItemSyntax>(path) is not null && clause.MaxDowntime is { } max)
            return MaxDowntime(max, clause.Availability, zone, model.Contract?.TimeZoneName);
        if (SyntaxLookup.Innermost<DistanceCommitmentItemSyntax>(path) is { } distanceSyntax
            && clause.DistanceCommitments.FirstOrDefault(c => ReferenceEquals(c.Syntax, distanceSyntax)) is { } distance)
        {
            var tiers = Tiers(distance, clause);
            var deadline = SyntaxLookup.Innermost<DeadlineSyntax>(path);
            return deadline is null ? tiers : $"{tiers}\n\n{DeadlineText(deadline, clause)}";
        }
        if (SyntaxLookup.Innermost<DeadlineSyntax>(path) is { } deadlineSyntax) return DeadlineText(deadlineSyntax, clause, path);
        if (SyntaxLookup.Innermost<CommitmentItemSyntax>(path) is { } commitment) return DeadlineText(commitment.Deadline, clause, path);
        return null;
    }

    public static string Allowance(decimal percent, PeriodUnit period, DateTimeZone? zone, string? zoneName)
    {
        var unit = period.ToString().ToLowerInvariant();
        var allowances = AvailabilityAllowance.For(percent, period, zone ?? DateTimeZone.Utc);
        var zoneText = zone is null ? "UTC (the contract has no timezone)" : $"`{zoneName}`";
        var table = Markdown.Table([$"{unit} length", "allowed downtime"],
            allowances.Select(a => (IReadOnlyList<string>)[a.Length.Describe(), AvailabilityAllowance.Minutes(a.AllowedMinutes)]));
        return $"**availability {DeadlineFacts.Number(percent)}% per {unit}** allows this much downtime in each length of a {unit} in {zoneText}:\n\n{table}";
    }

    private static string MaxDowntime(DowntimeAllowance max, AvailabilityCommitment? availability, DateTimeZone? zone, string? zoneName)
    {
        var text = $"**max downtime** {DeadlineFacts.Text(max.Syntax)}";
        if (availability is not { Period: { } period } || max.Period != period || max.Duration.FixedMinutes is not { } minutes) return text;
        var allowances = AvailabilityAllowance.For(availability.Percent, period, zone ?? DateTimeZone.Utc);
        var broken = allowances.Where(a => minutes > a.AllowedMinutes).Select(a => a.Length.Describe()).ToList();
        var verdict = broken.Count == 0
            ? $"within what {DeadlineFacts.Number(availability.Percent)}% allows in every length of the {period.ToString().ToLowerInvariant()}"
            : $"more than {DeadlineFacts.Number(availability.Percent)}% allows in a {period.ToString().ToLowerInvariant()} of {string.Join(", ", broken)}";
        return $"{text}: {verdict}\n\n{Allowance(availability.Percent, period, zone, zoneName)}";
    }

    private static string Tiers(DistanceCommitment commitment, ClauseSymbol clause)
    {
        var facts = DistanceTierFacts.For(commitment);
        decimal? previous = null;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var tier in facts.Effective)
        {
            var range = tier.IsBeyond
                ? $"beyond {DeadlineFacts.Number(previous ?? 0)} km"
                : $"{DeadlineFacts.Number(previous ?? 0)}–{DeadlineFacts.Number(tier.UpToKm ?? 0)} km";
            var deadline = tier.Deadline is null ? "no commitment" : DeadlineFacts.Text(tier.Deadline);
            var measured = tier.Deadline is null ? "" : DeadlineFacts.Measure(tier.Deadline, clause.Clock)?.Describe() ?? "";
            rows.Add([range, deadline, measured]);
            if (tier.UpToKm is { } km) previous = km;
        }
        var note = facts.Beyond is null ? "\n\nNo `beyond` tier: sites farther than the last bound get no deadline." : "";
        return $"**{commitment.Milestone.Keyword()} by distance** — the first tier whose bound is at least the site's distance applies:\n\n"
               + Markdown.Table(["distance", "deadline", "time"], rows) + note;
    }

    private static string DeadlineText(DeadlineSyntax syntax, ClauseSymbol clause, IReadOnlyList<SyntaxNode>? path = null)
    {
        var deadline = FindDeadline(syntax, clause);
        var written = DeadlineFacts.Text(syntax);
        var heading = path is null ? $"**{written}**" : $"**{Heading(path, clause) ?? written}**";
        if (deadline is null) return syntax is NoCommitmentSyntax ? $"{heading}\n\nno commitment" : heading;
        var clock = DeadlineFacts.ClockOf(deadline, clause.Clock);
        var magnitude = DeadlineFacts.Measure(deadline, clause.Clock);
        var lines = new List<string> { heading };
        if (deadline is CloseOfBusinessDayDeadline close)
            lines.Add($"the close of working day {close.Day} on {(clock is null ? "`24x7`" : Markdown.Code(clock.Name))} after the date of the start event");
        if (magnitude is not null)
        {
            lines.Add(clock is null
                ? $"{DeadlineFacts.Elapsed(magnitude.Minutes)} of elapsed time (`24x7`)"
                : $"{magnitude.Describe()}: only minutes inside its working hours, outside its holidays, count");
        }
        else if (deadline is DurationDeadline { Duration.Unit: DurationUnit.BusinessDay or DurationUnit.BusinessHour } && clock is null)
        {
            lines.Add("a business unit on the `24x7` clock has no length: name a calendar with `clock` or `on`");
        }
        if (clock is not null) lines.Add($"`{clock.Name}`:  \n{CalendarFacts.Describe(clock, null)}");
        return string.Join("\n\n", lines);
    }

    /// <summary>`critical · respond` for a matrix cell.</summary>
    private static string? Heading(IReadOnlyList<SyntaxNode> path, ClauseSymbol clause)
    {
        var cell = SyntaxLookup.Innermost<MatrixCellSyntax>(path);
        var row = SyntaxLookup.Innermost<MatrixRowSyntax>(path);
        var matrix = SyntaxLookup.Innermost<MatrixItemSyntax>(path);
        if (cell is null || row is null || matrix?.Header is not { } header) return null;
        var column = row.Cells.IndexOf(cell);
        if (column < 0 || column >= header.Cells.Length) return null;
        var milestone = header.Cells[column].Milestone.Text;
        var anchor = Milestones.Parse(milestone) is { } m ? clause.AnchorOf(m).ColumnName() : "reported";
        return $"{row.Severity.Text} · {milestone} within {DeadlineFacts.Text(cell.Deadline)} after {anchor}";
    }

    private static Deadline? FindDeadline(DeadlineSyntax syntax, ClauseSymbol clause)
    {
        if (clause.Matrix is { } matrix)
            foreach (var row in matrix.Rows)
                foreach (var cell in row.Cells)
                    if (cell is not null && ReferenceEquals(cell.Syntax, syntax)) return cell;
        foreach (var commitment in clause.Commitments)
            if (ReferenceEquals(commitment.Deadline.Syntax, syntax)) return commitment.Deadline;
        foreach (var distance in clause.DistanceCommitments)
            foreach (var tier in distance.Tiers)
                if (tier.Deadline is { } d && ReferenceEquals(d.Syntax, syntax)) return d;
        return null;
    }
}

using Pledge.Compiler.Interpretation;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Emit;

/// <summary>
/// One clause as one method: `ClauseReport ClauseN(ReportingPeriod period, EvaluationRun run, PlannedMaintenance[] planned)`.
/// Per incident: the cause exclusions as a chain of constant tests (clause first, then top-level exclusions, in
/// order), `unreported after` with its window folded, planned maintenance, the outage between the clause's two
/// events, the milestones; then downtime and availability against constant commitments, remedies, the claim window.
/// </summary>
internal static class ClauseEmitter
{
    public static void Write(CodeWriter w, string method, ClauseSymbol clause, SemanticModel model, EmitScope scope)
    {
        var measuresDowntime = clause.Availability is not null || clause.MaxDowntime is not null;
        foreach (var planned in clause.PlannedExclusions) scope.Clock(planned.NoticeCalendar);
        var name = CSharpText.String(clause.Name);

        w.Line();
        w.Block($"private static ClauseReport {method}(ReportingPeriod period, EvaluationRun run, PlannedMaintenance[] planned)", () =>
        {
            w.Line("var bounds = period.In(Zone);");
            w.Line("var verdicts = ImmutableArray.CreateBuilder<IncidentVerdict>();");
            w.Line("var outages = new List<Outage>();");
            // One notes list and one milestone builder per clause, emptied per incident: the report keeps copies.
            w.Line("var notes = new List<string>();");
            w.Line("var milestones = new List<MilestoneVerdict>();");
            w.Block($"foreach (var incident in run.IncidentsOf({name}))", () =>
            {
                w.Line("notes.Clear();");
                w.Line("milestones.Clear();");
                w.Line("IncidentExclusion? excluded = null;");
                WriteCauseExclusions(w, clause, model);
                if (clause.UnreportedAfter is { } window)
                {
                    var limit = TimeLowering.Add("unreportedStart", window, EmitScope.Continuous, "_");
                    w.Line("if (excluded is null && incident.Started is { } unreportedStart)");
                    w.Line($"    excluded = ExclusionChecks.Unreported(incident, unreportedStart, bounds, {limit.Expression}, {CSharpText.String(WrittenDurations.Describe(window))});");
                }
                if (!clause.PlannedExclusions.IsEmpty) w.Line("if (excluded is null) excluded = PlannedMaintenance.Check(planned, incident, notes);");
                if (measuresDowntime)
                    w.Line($"var outage = OutageRules.OutageOf(incident, IncidentEventKind.{clause.Downtime.From.ToRuntime()}, IncidentEventKind.{clause.Downtime.To.ToRuntime()}, bounds, excluded is null ? notes : null);");
                else
                    w.Line("Interval? outage = null;");
                if (clause.HasMilestones) MilestoneEmitter.Write(w, clause, scope);
                w.Line("if (excluded is null && outage is { } own) outages.Add(new Outage(own, incident.Id));");
                w.Line($"ClauseRules.List(verdicts, incident, excluded, milestones, notes, outage, bounds, {CSharpText.Bool(measuresDowntime)});");
            });
            w.Line("var reasons = new List<string>();");
            string committed = "null", maxMinutes = "null";
            if (measuresDowntime)
            {
                var minimum = clause.IgnoreOutagesShorterThan?.FixedMinutes is { } m ? TimeLowering.DurationOfMinutes(m) : "Duration.Zero";
                var ignoredNote = clause.IgnoreOutagesShorterThan is { } ignore ? CSharpText.String($"shorter than {WrittenDurations.Describe(ignore)}: ignored") : "null";
                committed = CSharpText.NullableDecimal(clause.Availability?.Percent);
                var max = clause.MaxDowntime?.Duration.FixedMinutes;
                maxMinutes = CSharpText.NullableDecimal(max);
                var maxText = max is not null ? CSharpText.String(WrittenDurations.Describe(clause.MaxDowntime!.Duration)) : "null";
                w.Line($"var measure = ClauseRules.MeasureDowntime(outages, bounds, {minimum}, {ignoredNote}, {committed}, {maxMinutes}, {maxText}, reasons);");
            }
            else
            {
                // Committed availability and the maximum are reported only for clauses that measure downtime.
                committed = CSharpText.NullableDecimal(clause.Availability?.Percent);
                w.Line("ClauseRules.Measure? measure = null;");
            }
            w.Line("var missed = ClauseRules.MissedMilestones(verdicts);");
            w.Line("var breached = reasons.Count + missed.Count > 0;");
            w.Line("var availabilityBreached = measure?.Breached ?? false;");
            w.Line("var outcome = new ClauseOutcome(breached, availabilityBreached, measure?.Availability, verdicts.ToImmutable());");
            w.Line("var remedies = ImmutableArray.CreateBuilder<RemedyLine>();");
            foreach (var remedy in clause.Remedies) RemedyEmitter.Write(w, remedy, clause);
            for (var i = 0; i < clause.Remedies.Length; i++)
                if (RemedyEmitter.CapInTotal(clause.Remedies[i]))
                    w.Line($"run.AddPaid({name}, remedies[{i}].Amount.Amount);");
            w.Line("var total = ClauseRules.Total(remedies.ToImmutable(), run.Currency, run.Rounding);");
            w.Line("LocalDate? claimUntil = null;");
            if (clause.Claim is { } claim)
            {
                var start = claim.Start == ClaimStart.PeriodEnd ? "bounds.End" : "claimStart";
                var end = TimeLowering.Add(start, claim.Window, EmitScope.Continuous, "_");
                if (claim.Start == ClaimStart.PeriodEnd)
                    w.Line($"claimUntil = ClauseRules.LastDayToClaim({end.Expression}, Zone);");
                else
                {
                    // Only a window `after breach` needs the instant the clause broke.
                    w.Line("var counted = measure?.Outages ?? ImmutableArray<CountedOutage>.Empty;");
                    w.Line("var breachAt = breached ? ClauseRules.BreachInstant(missed, counted, availabilityBreached ? measure!.Allowance : null) : null;");
                    w.Line($"if (breachAt is {{ }} claimStart) claimUntil = ClauseRules.LastDayToClaim({end.Expression}, Zone);");
                }
            }
            w.Line($"return new ClauseReport({name}, {CSharpText.String(clause.Title.Primary)}, period, bounds, {committed}, {maxMinutes},");
            w.Line("    measure?.DowntimeMinutes, measure?.Availability, measure?.Outages ?? ImmutableArray<CountedOutage>.Empty, breached, ClauseRules.Reasons(reasons, missed.Count, outcome.Incidents),");
            w.Line("    outcome.Incidents, remedies.ToImmutable(), total, claimUntil);");
        });
    }

    /// <summary>`new PlannedMaintenance(…)` for each planned exclusion of the clause whose cause resolved, in order.</summary>
    public static IEnumerable<string> PlannedLedgers(ClauseSymbol clause, PeriodKind clausePeriod, EmitScope scope)
    {
        foreach (var planned in clause.PlannedExclusions)
        {
            if (planned.Cause is not { } cause) continue;
            var clock = scope.Clock(planned.NoticeCalendar);
            var end = TimeLowering.Add("notified", planned.Notice, clock, "_");
            var notice = WrittenDurations.Describe(planned.Notice) + (planned.NoticeCalendar is { } c ? $" on `{c.Name}`" : "");
            var per = planned.AtMostPer?.ToRuntime() ?? clausePeriod;
            var atMost = planned.AtMost is { } n ? CSharpText.Int(n) : "null";
            yield return $"new PlannedMaintenance(run.IncidentsOf({CSharpText.String(clause.Name)}), {CSharpText.String(cause.Name)}, " +
                         $"static notified => (Instant?){end.Expression}, {CSharpText.String(notice)}, {atMost}, PeriodKind.{per}, Zone)";
        }
    }

    private static void WriteCauseExclusions(CodeWriter w, ClauseSymbol clause, SemanticModel model)
    {
        var tests = new List<(string Cause, string Reason)>();
        foreach (var cause in clause.ExcludedCauses)
            tests.Add((cause.Name, $"cause `{cause.Name}` is excluded by the clause (`exclude causes`)"));
        foreach (var exclusion in model.Exclusions)
            foreach (var cause in exclusion.Causes)
                tests.Add((cause.Name, $"cause `{cause.Name}` is excluded by the exclusion `{exclusion.Name}` ({exclusion.Title.Primary})"));
        for (var i = 0; i < tests.Count; i++)
            w.Line($"{(i == 0 ? "" : "else ")}if (incident.HasCause({CSharpText.String(tests[i].Cause)})) excluded = new IncidentExclusion(ExclusionKind.Cause, {CSharpText.String(tests[i].Reason)});");
    }
}

using System.Collections.Immutable;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>Binds the items of a clause into its symbol.</summary>
internal static class ClauseBinder
{
    public static void Bind(NameResolver names, ClauseSymbol clause)
    {
        var file = names.File;
        var single = new SingleItems(file);
        var ledger = new MilestoneLedger(file, clause.Name);
        var definitions = ImmutableArray.CreateBuilder<Definition>();
        var texts = ImmutableArray.CreateBuilder<LocalizedText>();
        var excludedCauses = ImmutableArray.CreateBuilder<CauseSymbol>();
        var planned = ImmutableArray.CreateBuilder<PlannedExclusion>();
        var commitments = ImmutableArray.CreateBuilder<Commitment>();
        var distances = ImmutableArray.CreateBuilder<DistanceCommitment>();
        var anchors = ImmutableArray.CreateBuilder<MilestoneAnchor>();
        var remedies = ImmutableArray.CreateBuilder<Remedy>();

        foreach (var item in clause.Syntax.Body.Items)
        {
            switch (item)
            {
                case DefineItemSyntax d:
                    definitions.Add(new Definition(file.Text(d.Term), file.Text(d.Definition), d));
                    break;
                case TextItemSyntax t:
                    texts.Add(file.Text(t.Text));
                    break;
                case AvailabilityItemSyntax a when single.First("availability", a):
                    clause.Availability = new AvailabilityCommitment(SyntaxValues.Decimal(a.Percentage), SyntaxValues.Period(a.Per), a);
                    break;
                case MaxDowntimeItemSyntax m when single.First("max downtime", m):
                    if (SyntaxValues.Duration(m.Duration) is { } allowance)
                        clause.MaxDowntime = new DowntimeAllowance(allowance, SyntaxValues.Period(m.Per), m);
                    break;
                case DowntimeItemSyntax d when single.First("downtime", d):
                    clause.Downtime = new DowntimeBounds(
                        IncidentEvents.Parse(d.FromEvent.Text) ?? DowntimeBounds.Default.From,
                        IncidentEvents.Parse(d.ToEvent.Text) ?? DowntimeBounds.Default.To,
                        d);
                    break;
                case ExcludeCausesItemSyntax e:
                    foreach (var cause in e.Causes.Items)
                        if (names.Resolve<CauseSymbol>(cause) is { } c) excludedCauses.Add(c);
                    break;
                case ExcludeUnreportedItemSyntax u when single.First("exclude unreported", u):
                    clause.UnreportedAfter = SyntaxValues.Duration(u.Window);
                    break;
                case ExcludePlannedItemSyntax p:
                    planned.Add(new PlannedExclusion(
                        names.Resolve<CauseSymbol>(p.Cause),
                        SyntaxValues.Duration(p.Notice) ?? default,
                        DeadlineBinder.Calendar(names, p.On),
                        p.AtMost is null ? null : SyntaxValues.Int(p.AtMost.Count),
                        SyntaxValues.Period(p.AtMost?.Per),
                        p));
                    break;
                case IgnoreOutagesItemSyntax i when single.First("ignore outages", i):
                    clause.IgnoreOutagesShorterThan = SyntaxValues.Duration(i.Duration);
                    break;
                case ClockItemSyntax c when single.First("clock", c):
                    clause.Clock = c.Clock.Text == "24x7" ? null : names.Resolve<CalendarSymbol>(c.Clock);
                    break;
                case MatrixItemSyntax m:
                    var matrix = MatrixBinder.Bind(names, m, ledger);
                    if (single.First("matrix", m)) clause.Matrix = matrix;
                    break;
                case CommitmentItemSyntax c:
                    var milestone = ledger.Commit(c.Milestone);
                    var deadline = DeadlineBinder.Bind(names, c.Deadline, c.On);
                    if (milestone is { } m1 && deadline is not null)
                        commitments.Add(new Commitment(m1, deadline, Event(c.Anchor) ?? IncidentEvent.Reported, c));
                    break;
                case DistanceCommitmentItemSyntax d:
                    var distanceMilestone = ledger.Commit(d.Milestone);
                    var tiers = d.Tiers.OfType<DistanceTierSyntax>().Select(t => Tier(names, t)).ToImmutableArray();
                    if (distanceMilestone is { } m2) distances.Add(new DistanceCommitment(m2, tiers, d));
                    break;
                case MilestoneAnchorItemSyntax a:
                    if (Milestones.Parse(a.Milestone.Text) is { } m3 && Event(a.Anchor) is { } e3)
                        anchors.Add(new MilestoneAnchor(m3, e3, a));
                    break;
                case RemedySyntax r:
                    if (RemedyBinder.Bind(names, r) is { } remedy) remedies.Add(remedy);
                    break;
                case ClaimItemSyntax c when single.First("claim", c):
                    if (SyntaxValues.Duration(c.Window) is { } window)
                        clause.Claim = new ClaimWindow(window,
                            c.AfterKeywords.Any(k => k.Text == "breach") ? ClaimStart.Breach : ClaimStart.PeriodEnd, c);
                    break;
            }
        }

        clause.Definitions = definitions.ToImmutable();
        clause.Texts = texts.ToImmutable();
        clause.ExcludedCauses = excludedCauses.ToImmutable();
        clause.PlannedExclusions = planned.ToImmutable();
        clause.Commitments = commitments.ToImmutable();
        clause.DistanceCommitments = distances.ToImmutable();
        clause.Anchors = anchors.ToImmutable();
        clause.Remedies = remedies.ToImmutable();
    }

    private static IncidentEvent? Event(AnchorSyntax? anchor) =>
        anchor is null ? null : IncidentEvents.Parse(anchor.Event.Text);

    private static DistanceTier Tier(NameResolver names, DistanceTierSyntax syntax)
    {
        var deadline = DeadlineBinder.Bind(names, syntax.Deadline);
        if (syntax.Distance is null) return new DistanceTier(null, null, null, deadline, syntax);
        var amount = SyntaxValues.Decimal(syntax.Distance.Number);
        var unit = syntax.Distance.Unit.Text;
        var km = unit == "mi" ? amount * 1.609344m : amount;
        return new DistanceTier(amount, unit, km, deadline, syntax);
    }
}

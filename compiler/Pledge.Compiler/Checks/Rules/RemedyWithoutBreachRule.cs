using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG4007: a remedy that nothing in its clause can trigger: any remedy on a clause with no availability,
/// no maximum downtime and no milestone; a lateness penalty on a clause without milestones (nothing can be
/// late); a credit by availability on a clause that commits no availability (no period to measure it in).
/// </summary>
public sealed class RemedyWithoutBreachRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.RemedyWithoutBreach;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            var nothing = clause.Availability is null && clause.MaxDowntime is null && !clause.HasMilestones;
            foreach (var remedy in clause.Remedies)
            {
                if (nothing)
                {
                    context.Report(remedy.Syntax,
                        $"clause `{clause.Name}` commits no availability, no maximum downtime and no milestone, so it can never be breached and this remedy is never owed",
                        "add the commitment the remedy is for (`availability …`, `max downtime …`, a `matrix` or `respond within …`), or move the remedy to the clause that has it");
                }
                else if (remedy is PenaltyRemedy && !clause.HasMilestones)
                {
                    context.Report(remedy.Syntax,
                        $"a penalty per {(remedy as PenaltyRemedy)!.Unit.ToString().ToLowerInvariant()} late needs a milestone to be late, and clause `{clause.Name}` commits none",
                        "add the milestone (`respond within …`, a `matrix`), or use `waive … when breached`, `credit … by availability` or `pay … per breach` for an availability commitment");
                }
                else if (remedy is CreditRemedy && clause.Availability is null)
                {
                    context.Report(remedy.Syntax,
                        $"a credit by availability needs an availability commitment, and clause `{clause.Name}` has none: there is no period to measure availability over",
                        "add `availability P% per PERIOD` to the clause, or use a remedy for its milestones");
                }
            }
        }
    }
}

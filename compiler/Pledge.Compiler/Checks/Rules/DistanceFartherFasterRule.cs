using Pledge.Compiler.Facts;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks.Rules;

/// <summary>
/// PLG3009: a farther distance tier never gives less time than a nearer one (equal is fine). Tiers are
/// taken in the order they apply (nearest first, `beyond` last); only deadlines on the same clock
/// are compared and `-` tiers are skipped.
/// </summary>
public sealed class DistanceFartherFasterRule : CheckRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalogue.DistanceFartherFaster;

    public override void Check(CheckContext context)
    {
        foreach (var clause in context.Clauses)
        {
            if (DeadlineFacts.HasUnknownClock(clause)) continue;
            foreach (var commitment in clause.DistanceCommitments)
            foreach (var (farther, fartherTime, nearer, nearerTime) in DistanceTierFacts.For(commitment).FartherFaster(clause.Clock))
            {
                var fartherText = DeadlineFacts.Text(farther.Deadline!);
                var nearerText = DeadlineFacts.Text(nearer.Deadline!);
                context.Report(farther.Syntax.Deadline,
                    $"`{DistanceTierFacts.Bound(farther)} : {fartherText}` gives a farther site less time than `{DistanceTierFacts.Bound(nearer)} : {nearerText}`" +
                    MatrixMonotonicRule.Figures(fartherTime, fartherText, nearerTime, nearerText),
                    $"give farther sites at least as much time as nearer ones: at least `{nearerText}` here",
                    ConsistencyFixes.CopyDeadline(context, farther.Syntax.Deadline, nearer.Syntax.Deadline, $"change to `{nearerText}`"));
            }
        }
    }
}

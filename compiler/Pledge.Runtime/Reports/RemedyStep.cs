namespace Pledge.Runtime.Reports;

/// <summary>
/// One step of a remedy's arithmetic, for machines and for people: what it is (`incident INC-7`, `cap per period`,
/// `rounded`), the expression with its numbers (`ceil(1450 min / 1440 min) = 2 started days × 1250.00 = 2500.00`),
/// and the value it yields.
/// </summary>
public sealed record RemedyStep(string Label, string Expression, decimal Value);

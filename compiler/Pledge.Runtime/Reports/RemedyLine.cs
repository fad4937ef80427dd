using System.Collections.Immutable;
using Pledge.Runtime.Amounts;

namespace Pledge.Runtime.Reports;

/// <summary>
/// What one `remedy` line owes in one period: its kind (`waive`, `penalty`, `credit`, `pay`), the line as written,
/// the rounded amount, the arithmetic as one sentence and as steps.
/// </summary>
public sealed record RemedyLine(string Kind, string Text, Money Amount, string Explanation, ImmutableArray<RemedyStep> Steps);

using System.Collections.Immutable;
using Pledge.Runtime.Amounts;

namespace Pledge.Runtime.Reports;

/// <summary>
/// What one `remedy` line owes in one period: its kind (`waive`, `penalty`, `credit`, `pay`), the line as written,
/// the rounded amount, and the arithmetic as steps and as one sentence (the steps' expressions joined, written when
/// first read).
/// </summary>
public sealed class RemedyLine(string kind, string text, Money amount, ImmutableArray<RemedyStep> steps)
{
    private string? _explanation;

    public string Kind { get; } = kind;
    public string Text { get; } = text;
    public Money Amount { get; } = amount;
    public ImmutableArray<RemedyStep> Steps { get; } = steps;
    public string Explanation => _explanation ??= string.Join("; ", Steps.Select(s => s.Expression));
}

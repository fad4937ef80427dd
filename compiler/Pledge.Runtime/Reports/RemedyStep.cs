namespace Pledge.Runtime.Reports;

/// <summary>
/// One step of a remedy's arithmetic, for machines and for people: what it is (`incident INC-7`, `cap per period`,
/// `rounded`), the expression with its numbers (`ceil(1450 min / 1440 min) = 2 started days × 1250.00 = 2500.00`),
/// and the value it yields. A subclass may keep the numbers and write its label and expression only when they are
/// first read: a billing run that reads only the amounts then never formats the text.
/// </summary>
public class RemedyStep
{
    private string? _label;
    private string? _expression;

    public RemedyStep(string label, string expression, decimal value)
    {
        _label = label;
        _expression = expression;
        Value = value;
    }

    /// <summary>For steps that write their text on first read (<see cref="WriteLabel"/>, <see cref="WriteExpression"/>).</summary>
    protected RemedyStep(decimal value) => Value = value;

    // Two threads reading at once may both write the text; they write the same string, so either copy will do.
    public string Label => _label ??= WriteLabel();
    public string Expression => _expression ??= WriteExpression();
    public decimal Value { get; }

    protected virtual string WriteLabel() => throw new InvalidOperationException("a deferred step must write its label");
    protected virtual string WriteExpression() => throw new InvalidOperationException("a deferred step must write its expression");

    public override string ToString() => $"{Label}: {Expression} ({Value})";
}

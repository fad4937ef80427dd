using NodaTime;
using Pledge.Runtime.Amounts;

namespace Pledge.Runtime.Evaluation;

/// <summary>A customer's value for a contract parameter, typed by the parameter's declaration.</summary>
public abstract record ParameterValue
{
    public abstract string Describe();
}

public sealed record MoneyParameter(Money Value) : ParameterValue
{
    public override string Describe() => Value.ToString();
}

public sealed record DateParameter(LocalDate Value) : ParameterValue
{
    public override string Describe() => Incidents.Timestamps.FormatDate(Value);
}

public sealed record NumberParameter(decimal Value) : ParameterValue
{
    public override string Describe() => DecimalText.Format(Value);
}

/// <summary>A `percent` parameter; <see cref="Value"/> is the percentage (99.9 for `99.9%`).</summary>
public sealed record PercentParameter(decimal Value) : ParameterValue
{
    public override string Describe() => DecimalText.Percent(Value);
}

public sealed record TextParameter(string Value) : ParameterValue
{
    public override string Describe() => Value;
}

namespace Pledge.Compiler.Semantics;

/// <summary>The type written after a parameter's `:`. <see cref="Unknown"/> when it is none of the known words.</summary>
public enum ParameterType
{
    Unknown,
    Text,
    Money,
    Date,
    Number,
    Percent,
    Duration,
}

public static class ParameterTypes
{
    public static ParameterType Parse(string text) => text switch
    {
        "text" => ParameterType.Text,
        "money" => ParameterType.Money,
        "date" => ParameterType.Date,
        "number" => ParameterType.Number,
        "percent" => ParameterType.Percent,
        "duration" => ParameterType.Duration,
        _ => ParameterType.Unknown,
    };

    public static string Keyword(this ParameterType type) => type.ToString().ToLowerInvariant();
}

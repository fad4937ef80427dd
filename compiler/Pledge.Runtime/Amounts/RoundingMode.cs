namespace Pledge.Runtime.Amounts;

/// <summary>The contract's `rounding` modes.</summary>
public enum RoundingMode
{
    /// <summary>Halves away from zero.</summary>
    HalfUp,
    /// <summary>Halves to the even neighbour (banker's rounding).</summary>
    HalfEven,
    /// <summary>Halves toward zero.</summary>
    HalfDown,
    /// <summary>Any remainder away from zero.</summary>
    Up,
    /// <summary>Any remainder toward zero (truncation).</summary>
    Down,
}

public static class RoundingModes
{
    public static RoundingMode? Parse(string keyword) => keyword switch
    {
        "half-up" => RoundingMode.HalfUp,
        "half-even" => RoundingMode.HalfEven,
        "half-down" => RoundingMode.HalfDown,
        "up" => RoundingMode.Up,
        "down" => RoundingMode.Down,
        _ => null,
    };

    public static string Keyword(this RoundingMode mode) => mode switch
    {
        RoundingMode.HalfUp => "half-up",
        RoundingMode.HalfEven => "half-even",
        RoundingMode.HalfDown => "half-down",
        RoundingMode.Up => "up",
        _ => "down",
    };
}

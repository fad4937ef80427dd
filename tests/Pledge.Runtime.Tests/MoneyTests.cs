using Pledge.Runtime.Amounts;

namespace Pledge.Runtime.Tests;

public class MoneyTests
{
    [Theory]
    [InlineData(RoundingMode.HalfUp, "0.01", "2.345", "2.35")]
    [InlineData(RoundingMode.HalfUp, "0.01", "-2.345", "-2.35")]
    [InlineData(RoundingMode.HalfEven, "0.01", "2.345", "2.34")]
    [InlineData(RoundingMode.HalfEven, "0.01", "2.355", "2.36")]
    [InlineData(RoundingMode.HalfDown, "0.01", "2.345", "2.34")]
    [InlineData(RoundingMode.HalfDown, "0.01", "2.3451", "2.35")]
    [InlineData(RoundingMode.Up, "0.01", "2.341", "2.35")]
    [InlineData(RoundingMode.Down, "0.01", "2.349", "2.34")]
    [InlineData(RoundingMode.HalfUp, "0.05", "2.325", "2.35")]
    [InlineData(RoundingMode.HalfUp, "1", "2.5", "3")]
    [InlineData(RoundingMode.Down, "10", "2599", "2590")]
    public void Rounds_to_the_increment(RoundingMode mode, string increment, string value, string expected)
    {
        var rounding = new MoneyRounding(mode, decimal.Parse(increment, System.Globalization.CultureInfo.InvariantCulture));
        var rounded = rounding.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, DecimalText.Fixed(rounded, rounding.Decimals));
    }

    [Fact]
    public void Money_needs_a_currency()
    {
        Assert.True(Money.TryParse("20000 CNY", out var money));
        Assert.Equal(new Money(20000m, "CNY"), money);
        Assert.True(Money.TryParse("1250.50USD", out _));
        Assert.False(Money.TryParse("20000", out _));
        Assert.False(Money.TryParse("20,000 CNY", out _));
    }

    [Fact]
    public void Numbers_are_written_invariantly_without_trailing_zeros()
    {
        Assert.Equal("99.9", DecimalText.Format(99.900m));
        Assert.Equal("0.25%", DecimalText.Percent(0.25m));
        Assert.Equal(2, DecimalText.DecimalsOf(0.01m));
        Assert.Equal(0, DecimalText.DecimalsOf(5m));
    }
}

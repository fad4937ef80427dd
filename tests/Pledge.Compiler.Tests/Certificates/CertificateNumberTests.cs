using Pledge.Certificates.Numbering;

using Xunit;

namespace Pledge.Compiler.Tests.Certificates;

public class CertificateNumberTests
{
    [Theory]
    [InlineData("PAINT-2026", 123, "PAINT-2026-000123")]
    [InlineData("P", 1, "P-000001")]
    [InlineData("PAINT-2026", 1234567, "PAINT-2026-1234567")]
    public void Numbers_are_the_prefix_and_a_zero_padded_sequence(string prefix, long sequence, string expected)
    {
        var number = new CertificateNumber(prefix, sequence);
        Assert.Equal(expected, number.ToString());
        Assert.True(CertificateNumber.TryParse(expected.ToLowerInvariant(), out var parsed));
        Assert.Equal(number, parsed);
    }

    [Theory]
    [InlineData("PAINT-2026-12")]
    [InlineData("PAINT-2026-000000")]
    [InlineData("-000001")]
    [InlineData("PAINT 2026-000001")]
    public void Malformed_numbers_are_refused(string text) => Assert.False(CertificateNumber.TryParse(text, out _));

    [Theory]
    [InlineData("paint", 2026, "PAINT-2026")]
    [InlineData("after_sales", 2027, "AFTER-SALES-2027")]
    [InlineData("漆", 2026, "CERT-2026")]
    public void The_default_prefix_is_the_warranty_and_the_year(string warranty, int year, string expected) =>
        Assert.Equal(expected, CertificateNumber.DefaultPrefix(warranty, year));

    [Theory]
    [InlineData("PAINT-2026", true)]
    [InlineData("P", true)]
    [InlineData("paint", false)]
    [InlineData("PAINT-", false)]
    [InlineData("PA|NT", false)]
    public void Prefixes_are_upper_case_letters_digits_and_inner_dashes(string prefix, bool ok) =>
        Assert.Equal(ok, CertificateNumber.CheckPrefix(prefix) is null);
}

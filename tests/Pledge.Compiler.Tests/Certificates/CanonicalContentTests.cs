using System.Text;
using System.Text.Json.Nodes;
using NodaTime;
using Pledge.Certificates.Content;
using Pledge.Certificates.Numbering;
using Pledge.Certificates.Signing;

using Xunit;

namespace Pledge.Compiler.Tests.Certificates;

/// <summary>The canonical serialization and the codes computed over it never change for the same content.</summary>
public class CanonicalContentTests
{
    [Fact]
    public void Keys_are_sorted_and_nothing_is_indented()
    {
        var json = new JsonObject { ["b"] = 1, ["a"] = new JsonObject { ["z"] = "x", ["Y"] = true }, ["c"] = new JsonArray(3, "t") };
        Assert.Equal("""{"a":{"Y":true,"z":"x"},"b":1,"c":[3,"t"]}""", CanonicalJson.Write(json));
    }

    [Fact]
    public void Only_quotes_backslashes_and_control_characters_are_escaped()
    {
        var json = new JsonObject { ["s"] = "张伟 <script>\"\\/\n\t\u0001é😀{{x}}" };
        Assert.Equal("{\"s\":\"张伟 <script>\\\"\\\\/\\n\\t\\u0001é😀{{x}}\"}", CanonicalJson.Write(json));
    }

    [Fact]
    public void Non_integer_numbers_are_refused() =>
        Assert.Throws<ArgumentException>(() => CanonicalJson.Write(new JsonObject { ["amount"] = 1.5m }));

    [Fact]
    public void Content_survives_the_registry_round_trip_byte_for_byte()
    {
        var content = Sample();
        var text = content.CanonicalText();
        Assert.Equal(text, CertificateContent.FromJson(text).CanonicalText());
    }

    [Fact]
    public void The_same_content_and_key_always_give_the_same_code()
    {
        var content = Sample();
        var code = VerificationCode.Compute(CertificateFixture.Key, content.CanonicalBytes());
        Assert.Equal(code, VerificationCode.Compute(CertificateFixture.Key, Sample().CanonicalBytes()));
        Assert.Matches("^[A-Z2-7]{16}$", code);
        // Pinned: a change to the canonical form or the code breaks every certificate already printed.
        Assert.Equal(ExpectedCanonical, content.CanonicalText());
        Assert.Equal("2LF7NCEHJCKFWY3X", code);
    }

    [Fact]
    public void Any_change_to_the_content_changes_the_code()
    {
        var content = Sample();
        var code = VerificationCode.Compute(CertificateFixture.Key, content.CanonicalBytes());
        Assert.NotEqual(code, VerificationCode.Compute(CertificateFixture.Key, (content with { Customer = "张 伟" }).CanonicalBytes()));
        Assert.NotEqual(code, VerificationCode.Compute(CertificateFixture.Key, (content with { End = content.End.PlusDays(1) }).CanonicalBytes()));
        Assert.NotEqual(code, VerificationCode.Compute(CertificateKey.FromText("another-key-0123456789abcdef", "test"), content.CanonicalBytes()));
    }

    [Fact]
    public void Codes_read_back_whatever_the_case_and_separators()
    {
        Assert.Equal("K7QZ-M2XD-4HNA-PB3E", VerificationCode.Display("K7QZM2XD4HNAPB3E"));
        Assert.Equal("K7QZM2XD4HNAPB3E", VerificationCode.Normalize("k7qz-m2xd 4hna-pb3e"));
        Assert.Null(VerificationCode.Normalize("K7QZ-M2XD-4HNA-PB31"));
        Assert.Null(VerificationCode.Normalize("K7QZ"));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Base32_is_RFC_4648_without_padding(string input, string expected) =>
        Assert.Equal(expected, Base32.Encode(Encoding.ASCII.GetBytes(input)));

    private const string ExpectedCanonical =
        """{"contract":{"hash":"sha256:00","name":"paint_warranty"},"covers":[{"limit":"1000.00 CNY","name":"third_party"}],"customer":"张伟","issued":"2026-04-01","languages":["en"],"number":"PAINT-2026-000123","parameters":[{"name":"completion","type":"date","value":"2026-03-15"}],"prefix":"PAINT-2026","sequence":123,"texts":{"en":{"contract":"Works","covers":[{"coverage":"free repair","item":"Chalking"}],"duration":"1 year","excludes":["Force majeure"],"outside":"Outside: paid repair.","parameters":{"completion":"Completion date"},"provider":"Zhongnan","warranty":"Paint"}},"version":1,"warranty":{"duration":"1 year","end":"2027-03-14","name":"paint","start":"2026-03-15"}}""";

    private static CertificateContent Sample()
    {
        var number = new CertificateNumber("PAINT-2026", 123);
        var texts = new CertificateTexts("Works", "Paint", "Zhongnan", "1 year", [new CoveredItemText("Chalking", "free repair")], ["Force majeure"],
            "Outside: paid repair.", null, new Dictionary<string, string> { ["completion"] = "Completion date" });
        return new CertificateContent(1, number.ToString(), number.Prefix, number.Sequence, "paint_warranty", "sha256:00", "paint", "1 year",
            new LocalDate(2026, 3, 15), new LocalDate(2027, 3, 14), new LocalDate(2026, 4, 1), "张伟",
            [new Pledge.Certificates.Input.CustomerValue("completion", "date", "2026-03-15")],
            [new CoveredItemFacts("third_party", "1000.00 CNY")],
            ["en"], new Dictionary<string, CertificateTexts> { ["en"] = texts });
    }
}

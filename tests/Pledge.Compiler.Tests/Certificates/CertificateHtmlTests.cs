using Pledge.Certificates.Issuing;
using Pledge.Certificates.Registry;
using Pledge.Certificates.Rendering;
using Pledge.Certificates.Signing;
using Pledge.Certificates.Verification;

using Xunit;

namespace Pledge.Compiler.Tests.Certificates;

/// <summary>What a certificate says, that it escapes customer data, and that it verifies.</summary>
public class CertificateHtmlTests
{
    [Fact]
    public void The_certificate_states_the_dates_coverage_limit_and_code_in_both_languages()
    {
        using var dir = new TempDirectory();
        var issuer = CertificateFixture.Issuer();
        using var registry = CertificateRegistry.Open(System.IO.Path.Combine(dir.Path, "r.db"));
        var c = issuer.Issue(registry, CertificateFixture.Rows(issuer, "customer,contract_value,completion\n张伟,20000 CNY,2028-02-29\n"), new IssueOptions())[0];
        var html = new CertificateHtmlRenderer().Render(c.Content, c.Code, ["zh-CN", "en"]);

        Assert.Equal("2029-02-28", Pledge.Certificates.Content.CertificateContent.Date(c.Content.End));
        Assert.Contains("PAINT-2026-000001", html, StringComparison.Ordinal);
        Assert.Contains("2028年2月29日起至2029年2月28日止", html, StringComparison.Ordinal);
        Assert.Contains("from 29 February 2028 to 28 February 2029 inclusive", html, StringComparison.Ordinal);
        Assert.Contains("本证书以1,000.00\u00A0元为限", html, StringComparison.Ordinal);
        Assert.Contains("at most CNY\u00A01,000.00 for this certificate", html, StringComparison.Ordinal);
        Assert.Contains("2026年4月1日", html, StringComparison.Ordinal);
        Assert.Contains(VerificationCode.Display(c.Code), html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"data:image/svg+xml;base64,", html, StringComparison.Ordinal);
        Assert.Contains("不可抗力", html, StringComparison.Ordinal);
        Assert.Contains(c.Content.ContractHash, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Customer_data_is_escaped()
    {
        using var dir = new TempDirectory();
        var issuer = CertificateFixture.Issuer();
        using var registry = CertificateRegistry.Open(System.IO.Path.Combine(dir.Path, "r.db"));
        var rows = CertificateFixture.Rows(issuer, "customer,contract_value,completion\n\"<script>alert('x')</script> {{css}} {{{css}}} & Co\",20000 CNY,2026-03-15\n");
        var c = issuer.Issue(registry, rows, new IssueOptions())[0];
        var html = new CertificateHtmlRenderer().Render(c.Content, c.Code, ["en"]);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        // `{{` in data is text, never a template expression: the stylesheet is not pasted in a second time.
        Assert.Contains("{{css}} {{{css}}} &amp; Co", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "@page \\{ size: A4;"));
    }

    [Fact]
    public void The_same_certificate_renders_the_same_bytes()
    {
        using var dir = new TempDirectory();
        var issuer = CertificateFixture.Issuer();
        using var registry = CertificateRegistry.Open(System.IO.Path.Combine(dir.Path, "r.db"));
        var csv = "customer,contract_value,completion\n张伟,20000 CNY,2026-03-15\n";
        var first = issuer.Issue(registry, CertificateFixture.Rows(issuer, csv), new IssueOptions())[0];
        var again = CertificateFixture.Issuer().Issue(registry, CertificateFixture.Rows(issuer, csv), new IssueOptions())[0];
        var renderer = new CertificateHtmlRenderer();
        Assert.Equal(renderer.Render(first.Content, first.Code, ["zh-CN", "en"]), new CertificateHtmlRenderer().Render(again.Content, again.Code, ["zh-CN", "en"]));
    }

    [Fact]
    public void Verification_catches_an_unknown_number_a_wrong_code_another_key_and_a_superseded_certificate()
    {
        using var dir = new TempDirectory();
        var issuer = CertificateFixture.Issuer();
        using var registry = CertificateRegistry.Open(System.IO.Path.Combine(dir.Path, "r.db"));
        var rows = CertificateFixture.Rows(issuer, "customer,contract_value,completion\n张伟,20000 CNY,2026-03-15\n");
        var c = issuer.Issue(registry, rows, new IssueOptions())[0];
        var key = CertificateFixture.Key;

        Assert.True(CertificateVerifier.Verify(registry, key, c.Number, VerificationCode.Display(c.Code).ToLowerInvariant(), c.Content.ContractHash).IsGenuine);
        Assert.False(CertificateVerifier.Verify(registry, key, "PAINT-2026-000999", null, null).IsGenuine);
        Assert.False(CertificateVerifier.Verify(registry, key, c.Number, "AAAA-AAAA-AAAA-AAAA", null).IsGenuine);
        Assert.False(CertificateVerifier.Verify(registry, key, c.Number, null, "sha256:0000").IsGenuine);
        var otherKey = CertificateVerifier.Verify(registry, CertificateKey.FromText("another-key-0123456789abcdef", "test"), c.Number, null, null);
        Assert.Contains(otherKey.Checks, k => k is { Name: "key", Passed: false });

        issuer.Issue(registry, rows, new IssueOptions(Reissue: true));
        var old = CertificateVerifier.Verify(registry, key, c.Number, c.Code, null);
        Assert.Contains(old.Checks, k => k is { Name: "current", Passed: false, Detail: "superseded by PAINT-2026-000002 (reissued); this one is no longer valid" });
    }
}

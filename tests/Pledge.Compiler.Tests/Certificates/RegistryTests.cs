using NodaTime;
using Pledge.Certificates.Issuing;
using Pledge.Certificates.Registry;

using Xunit;

namespace Pledge.Compiler.Tests.Certificates;

/// <summary>Numbering, idempotence and reissue in the SQLite registry.</summary>
public class RegistryTests
{
    private const string Customers = """
        customer,contract_value,completion
        张伟,20000 CNY,2026-03-15
        Li Na,48500.50 CNY,2026-01-31
        Wang Fang,12800 CNY,2028-02-29
        """;

    [Fact]
    public void Numbers_are_sequential_per_prefix_from_one()
    {
        using var dir = new TempDirectory();
        var issuer = CertificateFixture.Issuer();
        using var registry = CertificateRegistry.Open(System.IO.Path.Combine(dir.Path, "r.db"));
        var issued = issuer.Issue(registry, CertificateFixture.Rows(issuer, Customers), new IssueOptions());
        Assert.Equal(["PAINT-2026-000001", "PAINT-2026-000002", "PAINT-2026-000003"], issued.Select(c => c.Number));
        Assert.All(issued, c => Assert.True(c.IsNew));

        var other = issuer.Issue(registry, CertificateFixture.Rows(issuer, Customers), new IssueOptions(Prefix: "ZN-PAINT"));
        // Same rows, same warranty: the existing certificates, whatever prefix is asked for now.
        Assert.Equal(["PAINT-2026-000001", "PAINT-2026-000002", "PAINT-2026-000003"], other.Select(c => c.Number));
        Assert.Equal([1L, 2L, 3L], registry.ListPrefix("PAINT-2026").Select(e => e.Sequence));
    }

    [Fact]
    public void Issuing_the_same_row_again_returns_the_same_certificate_even_on_another_day()
    {
        using var dir = new TempDirectory();
        var issuer = CertificateFixture.Issuer();
        using var registry = CertificateRegistry.Open(System.IO.Path.Combine(dir.Path, "r.db"));
        var first = issuer.Issue(registry, CertificateFixture.Rows(issuer, Customers), new IssueOptions());
        // The same customers written differently (amounts with trailing zeros), later, in another order.
        var again = issuer.Issue(registry, CertificateFixture.Rows(issuer, """
            customer,completion,contract_value
            Wang Fang,2028-02-29,12800.00 CNY
            张伟,2026-03-15,20000
            """), new IssueOptions(IssueDate: new LocalDate(2026, 9, 1)));
        Assert.Equal(["PAINT-2026-000003", "PAINT-2026-000001"], again.Select(c => c.Number));
        Assert.All(again, c => Assert.False(c.IsNew));
        Assert.Equal(first[0].Content.CanonicalText(), again[1].Content.CanonicalText());
        Assert.Equal(first[0].Code, again[1].Code);
        Assert.Equal(new LocalDate(2026, 4, 1), again[1].Content.Issued);
    }

    [Fact]
    public void Reissue_gives_new_numbers_and_supersedes_the_old_ones()
    {
        using var dir = new TempDirectory();
        var issuer = CertificateFixture.Issuer();
        using var registry = CertificateRegistry.Open(System.IO.Path.Combine(dir.Path, "r.db"));
        var rows = CertificateFixture.Rows(issuer, Customers);
        issuer.Issue(registry, rows, new IssueOptions());
        var reissued = issuer.Issue(registry, [rows[1], rows[1]], new IssueOptions(Reissue: true));
        // A row twice in one run is reissued once.
        Assert.Equal(["PAINT-2026-000004", "PAINT-2026-000004"], reissued.Select(c => c.Number));
        Assert.Equal("PAINT-2026-000002", reissued[0].Superseded);
        Assert.Equal("PAINT-2026-000004", registry.Find("PAINT-2026-000002")!.SupersededBy);
        Assert.Null(registry.Find("PAINT-2026-000004")!.SupersededBy);

        // Afterwards the row's certificate is the new one.
        var again = issuer.Issue(registry, [rows[1]], new IssueOptions());
        Assert.Equal("PAINT-2026-000004", again[0].Number);
    }

    [Fact]
    public void Another_contract_text_is_flagged_on_an_existing_certificate()
    {
        using var dir = new TempDirectory();
        var path = System.IO.Path.Combine(dir.Path, "r.db");
        var issuer = CertificateFixture.Issuer();
        using var registry = CertificateRegistry.Open(path);
        var first = issuer.Issue(registry, CertificateFixture.Rows(issuer, Customers), new IssueOptions());
        var edited = CertificateFixture.Issuer(CertificateFixture.Contract.Replace("5% of contract_value", "6% of contract_value", StringComparison.Ordinal));
        var again = edited.Issue(registry, CertificateFixture.Rows(edited, Customers), new IssueOptions());
        Assert.All(again, c => Assert.True(c.ContractChanged));
        Assert.Equal(first.Select(c => c.Code), again.Select(c => c.Code));
    }

    [Fact]
    public void Two_connections_issuing_at_once_never_share_a_number()
    {
        using var dir = new TempDirectory();
        var path = System.IO.Path.Combine(dir.Path, "r.db");
        var issuer = CertificateFixture.Issuer();
        string Rows(string who) => "customer,contract_value,completion\n" +
            string.Concat(Enumerable.Range(1, 250).Select(i => $"{who} {i},{1000 + i} CNY,2026-03-15\n"));
        var batches = new[] { CertificateFixture.Rows(issuer, Rows("A")), CertificateFixture.Rows(issuer, Rows("B")) };
        var results = new IReadOnlyList<IssuedCertificate>[2];
        Parallel.For(0, 2, i =>
        {
            using var registry = CertificateRegistry.Open(path);
            results[i] = issuer.Issue(registry, batches[i], new IssueOptions());
        });
        var numbers = results.SelectMany(r => r.Select(c => c.Content.Sequence)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), numbers);
    }

    [Fact]
    public void A_file_that_is_not_a_registry_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("not.db", "just text, not SQLite");
        Assert.Throws<RegistryException>(() => CertificateRegistry.Open(path));
    }
}

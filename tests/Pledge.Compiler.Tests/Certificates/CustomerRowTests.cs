using Pledge.Certificates.Input;
using Pledge.Certificates.Issuing;

using Xunit;

namespace Pledge.Compiler.Tests.Certificates;

/// <summary>Reading customer rows from CSV and JSON, and every problem reported with its row, column and reason.</summary>
public class CustomerRowTests
{
    [Fact]
    public void Csv_follows_RFC_4180()
    {
        var table = CsvCustomerReader.Read("\uFEFFcustomer,contract_value,completion\r\n\"Li, Na\",20000 CNY,2026-03-15\r\n\r\n\"Chen \"\"CJ\"\"\nStudio\",1 CNY,2026-01-01", "c.csv");
        Assert.Equal(["customer", "contract_value", "completion"], table.Columns);
        Assert.Equal(2, table.Records.Count);
        Assert.Equal("Li, Na", table.Records[0].Cells["customer"]);
        Assert.Equal("Chen \"CJ\"\nStudio", table.Records[1].Cells["customer"]);
        Assert.Equal((2, 2), (table.Records[1].Row, table.Records[1].Line - 2));
    }

    [Fact]
    public void Every_problem_of_every_row_is_reported()
    {
        var issuer = CertificateFixture.Issuer();
        var check = issuer.Check(CertificateFixture.Csv("""
            customer,contract_value,completion
            张伟,20000 CNY,2026-03-15
            ,20000 CNY,2026-02-30
            Li Na,20000 USD,
            Wang Fang,twenty,15/03/2026
            Chen,1 CNY
            Zhao "Z",1 CNY,2026-03-15
            """));
        Assert.Single(check.Rows);
        Assert.Equal(5, check.BadRowCount);
        var errors = check.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("row 2 (line 3), column `customer`: is empty: every certificate names its customer", errors);
        Assert.Contains("row 2 (line 3), column `completion`: `2026-02-30` is not a date: write it as 2026-03-15", errors);
        Assert.Contains("row 3 (line 4), column `contract_value`: `20000 USD` is in USD, but the contract's currency is CNY", errors);
        Assert.Contains("row 3 (line 4), column `completion`: is empty: the warranty `paint` needs the date `completion`", errors);
        Assert.Contains("row 4 (line 5), column `contract_value`: `twenty` is not money: write an amount and a currency code, e.g. `20000 CNY`", errors);
        Assert.Contains("row 4 (line 5), column `completion`: `15/03/2026` is not a date: write it as 2026-03-15", errors);
        Assert.Contains("row 5 (line 6): the row has 2 fields but the header has 3", errors);
        Assert.Contains(errors, e => e.StartsWith("row 6 (line 7): a quote inside an unquoted field", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_left_open_stops_the_file_at_the_line_it_opens()
    {
        var open = Assert.Throws<CustomerDataException>(() =>
            CsvCustomerReader.Read("customer,contract_value,completion\nA,1 CNY,2026-01-01\nB,\"1 CNY,2026-01-01\nC,1 CNY,2026-01-01", "c.csv"));
        Assert.Equal("c.csv: line 3: a quoted field is not closed (a `\"` is missing); nothing after it can be read", open.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_makes_the_row_bad_not_the_file()
    {
        var table = CsvCustomerReader.Read("customer,contract_value,completion\n\"A\"x,1 CNY,2026-01-01\nB,1 CNY,2026-01-01", "c.csv");
        Assert.Equal(2, table.Records.Count);
        Assert.StartsWith("text after a closing quote", table.Records[0].Problem, StringComparison.Ordinal);
        Assert.Null(table.Records[1].Problem);
    }

    [Fact]
    public void Unknown_and_missing_columns_stop_the_file()
    {
        var issuer = CertificateFixture.Issuer();
        var unknown = Assert.Throws<CustomerDataException>(() => issuer.Check(CertificateFixture.Csv("customer,contract_value,completon\nA,1 CNY,2026-01-01")));
        Assert.Contains("unknown column `completon`", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("no column `completion`", unknown.Message, StringComparison.Ordinal);
        var twice = Assert.Throws<CustomerDataException>(() => issuer.Check(CertificateFixture.Csv("customer,customer,completion,contract_value\nA,B,2026-01-01,1")));
        Assert.Contains("the column `customer` appears twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_rows_are_objects_with_strings_or_numbers()
    {
        var issuer = CertificateFixture.Issuer();
        var table = JsonCustomerReader.Read("""
            [
              { "customer": "张伟", "contract_value": 20000.50, "completion": "2026-03-15" },
              { "customer": "Li Na", "contract_value": "1 CNY", "completion": null },
              [1, 2],
              { "customer": { "name": "x" }, "contract_value": "1 CNY", "completion": "2026-03-15" }
            ]
            """, "c.json");
        var check = issuer.Check(table);
        Assert.Equal("20000.5 CNY", Assert.Single(check.Rows).Get("contract_value")!.Text);
        var errors = check.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("row 2 (line 2), column `completion`: is empty: the warranty `paint` needs the date `completion`", errors);
        Assert.Contains("row 3 (line 3): the element is an array, not an object", errors);
        Assert.Contains("row 4 (line 4): `customer` is an object; a cell holds a string or a number", errors);
    }

    [Fact]
    public void The_fingerprint_ignores_how_values_are_spelt_but_not_what_they_are()
    {
        var issuer = CertificateFixture.Issuer();
        var rows = CertificateFixture.Rows(issuer, """
            customer,contract_value,completion
            张伟,20000 CNY,2026-03-15
            张伟 ,20000.00,2026-03-15
            张伟,20000.01 CNY,2026-03-15
            """);
        Assert.Equal(rows[0].Fingerprint, rows[1].Fingerprint);
        Assert.NotEqual(rows[0].Fingerprint, rows[2].Fingerprint);
    }

    [Fact]
    public void A_contract_without_the_warranty_says_which_there_are() =>
        Assert.Contains("has no warranty `tiles` (it has `paint`)",
            Assert.Throws<CertificateInputException>(() => WarrantyTarget.Load(Compilation.FromText(CertificateFixture.Contract, "/virtual/p.sla"), "/virtual/p.sla", "tiles")).Message,
            StringComparison.Ordinal);
}

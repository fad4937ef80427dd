using Pledge.LanguageServer.Handlers;
using Pledge.LanguageServer.Tests.Support;

namespace Pledge.LanguageServer.Tests;

public sealed class HoverTests : IDisposable
{
    private readonly HandlerHost _host = new();

    public HoverTests() => _host.WriteFile("common.sla", Samples.Common);

    private string? Hover(string marked)
    {
        var position = _host.Open("main.sla", marked);
        return _host.Request(new HoverHandler(), _host.At("main.sla", position), HandlerHost.Json.TextDocumentPositionParams, HandlerHost.Json.Hover)?.Contents.Value;
    }

    private static string Mark(string search, int into = 1) =>
        Samples.Contract.Insert(Samples.Contract.IndexOf(search, StringComparison.Ordinal) + into, Cursor.Marker);

    [Fact]
    public void A_reference_shows_both_languages_of_its_declaration()
    {
        var text = Hover(Mark("customer_equipment"));
        Assert.NotNull(text);
        Assert.Contains("**cause** `customer_equipment`", text);
        Assert.Contains("declared in `common.sla`", text);
        Assert.Contains("*zh-CN*: 客户的电路或设备", text);
        Assert.Contains("*en*: the customer's circuits or equipment", text);
    }

    [Fact]
    public void Availability_shows_the_allowance_for_each_month_length()
    {
        var text = Hover(Mark("availability 99.9%", 3));
        Assert.NotNull(text);
        Assert.Contains("| 28 days | 40.3 min |", text);
        Assert.Contains("| 30 days | 43.2 min |", text);
        Assert.Contains("| 31 days | 44.6 min |", text);
    }

    [Fact]
    public void A_business_day_on_a_calendar_is_explained_in_working_time()
    {
        var text = Hover(Mark("1 business day", 2));
        Assert.NotNull(text);
        Assert.Contains("major · resolve within 1 business day after reported", text);
        Assert.Contains("9 h of working time on `office`", text);
    }

    [Fact]
    public void A_distance_commitment_shows_its_tier_table()
    {
        var text = Hover(Mark("arrive by distance", 12));
        Assert.NotNull(text);
        Assert.Contains("| 0–50 km | 2 h |", text);
        Assert.Contains("| 50–100 km | 4 h |", text);
        Assert.Contains("| beyond 100 km | 24 h |", text);
    }

    [Fact]
    public void A_warranty_duration_shows_its_last_day()
    {
        var text = Hover(Mark("duration 1 year", 2));
        Assert.NotNull(text);
        Assert.Contains("covers 2026-03-15 to 2027-03-14", text);
    }

    [Fact]
    public void A_severity_says_its_rank()
    {
        var text = Hover(Mark("major    |"));
        Assert.NotNull(text);
        Assert.Contains("severity 2 of 2", text);
    }

    [Fact]
    public void Nothing_on_blank_space()
    {
        Assert.Null(Hover(Samples.Contract + "\n\n$0"));
    }

    public void Dispose() => _host.Dispose();
}

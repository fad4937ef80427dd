using Pledge.LanguageServer.Handlers;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Tests.Support;

namespace Pledge.LanguageServer.Tests;

public sealed class CompletionTests : IDisposable
{
    private readonly HandlerHost _host = new();

    public CompletionTests() => _host.WriteFile("common.sla", Samples.Common);

    private List<string> Complete(string marked)
    {
        var position = _host.Open("main.sla", marked);
        var list = _host.Request(new CompletionHandler(), new CompletionParams(_host.Document("main.sla"), position),
            HandlerHost.Json.CompletionParams, HandlerHost.Json.CompletionList);
        return [.. list.Items.Select(i => i.Label)];
    }

    private static string InClause(string body) => $$"""
        contract c "合同" / "Contract"
        languages zh-CN, en
        timezone "Asia/Shanghai"
        import "common.sla"
        parameter monthly_fee "月费" / "Monthly fee" : money
        parameter start "开始" / "Start" : date
        clause x "条款" / "Clause" {
          {{body}}
        }
        """;

    [Fact]
    public void Top_level_offers_declaration_keywords_and_snippets()
    {
        var labels = Complete("contract c \"x\" / \"y\"\n$0");
        Assert.Contains("clause", labels);
        Assert.Contains("severity", labels);
        Assert.DoesNotContain("availability", labels);
    }

    [Fact]
    public void Clause_item_start_offers_clause_keywords_and_a_snippet_per_item_kind()
    {
        var labels = Complete(InClause("$0"));
        Assert.Contains("availability", labels);
        Assert.Contains("matrix", labels);
        Assert.Contains("remedy credit by availability", labels);
        Assert.Contains("exclude planned", labels);
        Assert.DoesNotContain("contract", labels);
    }

    [Fact]
    public void Causes_after_exclude_causes_come_from_the_import()
    {
        var labels = Complete(InClause("exclude causes $0"));
        Assert.Equal(["customer_equipment", "force_majeure"], labels.Order());
    }

    [Fact]
    public void Causes_after_a_comma_in_the_list()
    {
        var labels = Complete(InClause("exclude causes customer_equipment, for$0"));
        Assert.Contains("force_majeure", labels);
    }

    [Fact]
    public void Units_after_a_number()
    {
        var labels = Complete(InClause("ignore outages shorter than 5 $0"));
        Assert.Contains("min", labels);
        Assert.Contains("business days", labels);
    }

    [Fact]
    public void Events_after_from_and_to()
    {
        Assert.Contains("reported", Complete(InClause("downtime from $0")));
        Assert.Contains("restored", Complete(InClause("downtime from reported to $0")));
        Assert.Contains("acknowledged", Complete(InClause("respond within 2 h after $0")));
    }

    [Fact]
    public void Periods_after_per()
    {
        Assert.Contains("month", Complete(InClause("availability 99.9% per $0")));
    }

    [Fact]
    public void Calendars_after_clock_and_on()
    {
        var labels = Complete(InClause("clock $0"));
        Assert.Contains("24x7", labels);
        Assert.Contains("office", labels);
        Assert.Contains("office", Complete(InClause("resolve within 1 business day on $0")));
    }

    [Fact]
    public void Milestones_in_a_matrix_header_leave_out_those_already_there()
    {
        var labels = Complete(InClause("matrix {\n    severity | respond | $0\n  }"));
        Assert.Contains("resolve", labels);
        Assert.DoesNotContain("respond", labels);
    }

    [Fact]
    public void Severities_at_the_start_of_a_matrix_row()
    {
        var labels = Complete(InClause("matrix {\n    severity | respond\n    $0\n  }"));
        Assert.Equal(["critical", "major"], labels.Order());
    }

    [Fact]
    public void Parameters_after_waive_and_of()
    {
        Assert.Contains("monthly_fee", Complete(InClause("remedy waive $0")));
        Assert.Contains("monthly_fee", Complete(InClause("remedy 0.25% of $0")));
    }

    [Fact]
    public void Penalty_counting_after_per_in_a_remedy()
    {
        Assert.Equal(["full", "started"], Complete(InClause("remedy 0.25% of monthly_fee per $0")).Order());
    }

    [Fact]
    public void Parameter_types_after_the_colon()
    {
        Assert.Contains("money", Complete("parameter fee \"费\" / \"Fee\" : $0"));
    }

    [Fact]
    public void Distance_units_in_a_tier()
    {
        Assert.Equal(["km", "mi"], Complete(InClause("arrive by distance {\n    up to 50 $0\n  }")).Order());
    }

    [Fact]
    public void Nothing_inside_a_comment_or_a_string()
    {
        Assert.Empty(Complete(InClause("// exclude causes $0")));
        Assert.Empty(Complete(InClause("text \"exclude causes $0\"")));
    }

    [Fact]
    public void Snippets_write_one_string_per_declared_language()
    {
        var position = _host.Open("main.sla", "contract c \"合同\" / \"Contract\"\nlanguages zh-CN, en\n$0");
        var list = _host.Request(new CompletionHandler(), new CompletionParams(_host.Document("main.sla"), position),
            HandlerHost.Json.CompletionParams, HandlerHost.Json.CompletionList);
        var cause = list.Items.Single(i => i.Kind == CompletionItemKind.Snippet && i.Label == "cause");
        Assert.Equal("cause ${1:name} \"${2}\" / \"${3}\"", cause.InsertText);
    }

    public void Dispose() => _host.Dispose();
}

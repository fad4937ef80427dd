using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;
using Xunit;
using static Pledge.Compiler.Tests.TestKit;

namespace Pledge.Compiler.Tests;

/// <summary>Symbols, go-to-definition and find-references, across files.</summary>
public class SymbolTests
{
    internal const string ContractText = """
        contract idc "服务品质保证书" / "Service Quality Guarantee"
        languages zh-CN, en
        provider "xxxx公司" / "xxxx Co., Ltd."
        timezone "Asia/Shanghai"
        currency CNY
        rounding half-up 0.01

        parameter monthly_fee    "月费" / "Monthly fee"          : money
        parameter contract_value "合同总价" / "Contract value"   : money
        parameter completion     "竣工日期" / "Completion date"  : date

        cause customer_equipment  "客户的电路或设备" / "the customer's circuits or equipment"
        cause force_majeure       "不可抗力" / "force majeure"
        cause scheduled_maintenance "计划维护" / "scheduled maintenance"

        severity critical "重大故障" / "Critical" : "系统崩溃或不能正常运行" / "the system is down or unusable"
        severity major    "严重故障" / "Major"    : "影响多数用户使用" / "most users are affected"
        severity minor    "一般故障" / "Minor"    : "不影响系统正常运作" / "normal operation continues"

        calendar office "工作时间" / "Office hours" {
          days Mon-Fri
          hours 09:00-18:00
          holidays 2026-10-01..2026-10-07, 2027-01-01
        }

        exclusion force_majeure_clause "不可抗力" / "Force majeure" {
          causes force_majeure
          text "地震" / "earthquake"
        }

        clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
          define "网络联通" / "Connected" : "可以联通" / "can reach the backbone"
          availability 99.9% per month
          max downtime 44 min per month
          downtime from reported to restored
          exclude causes customer_equipment
          exclude unreported after 5 days
          exclude planned scheduled_maintenance with notice 5 days, at most 1 per month
          ignore outages shorter than 5 min
          remedy waive monthly_fee when breached
        }

        clause fault_response "故障响应" / "Fault response" {
          clock office
          matrix {
            severity | respond | arrive | resolve
            critical | 15 min  | 30 min | 12 h
            major    | 30 min  | 1 h    | 6 h
            minor    | 1 h     | -      | 1 business day on office
          }
          remedy 0.25% of contract_value per started day late, cap 5% of contract_value in total
        }

        clause uptime_credits "服务抵扣" / "Service credits" {
          availability 99.95% per month
          remedy credit monthly_fee by availability {
            below 99.95% : 10%
            at or below 99.0%  : 25%
          }, cap 50% of monthly_fee per period
          claim within 30 days after period end
        }

        warranty paint "乳胶漆保修" / "Latex paint warranty" {
          duration 1 year from completion
          covers peeling "墙面起皮" / "peeling walls" : free repair
          covers third_party "第三方" / "third parties" : repair up to 5% of contract_value
          excludes "客户材料" / "customer materials"
          excludes causes force_majeure
          outside scope : paid repair "按公布的收费标准" / "at the published rates"
        }
        """;

    private static (Compilation, SemanticModel) Model()
    {
        var c = Compile(ContractText);
        return (c, c.GetSemanticModel(c.SyntaxTrees[0]));
    }

    private static SyntaxToken TokenAt(Compilation c, string needle, int occurrence = 0)
    {
        var text = c.SyntaxTrees[0].Source.Text;
        var offset = -1;
        for (var i = 0; i <= occurrence; i++) offset = text.IndexOf(needle, offset + 1, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"`{needle}` not found");
        return c.SyntaxTrees[0].Root.DescendantTokens().Single(t => t.Span.Start == offset);
    }

    [Fact]
    public void The_language_example_binds_without_errors() => NoErrors(Model().Item1);

    [Fact]
    public void Contract_settings()
    {
        var contract = Model().Item2.Contract!;
        Assert.Equal("idc", contract.Name);
        Assert.Equal("Service Quality Guarantee", contract.Title.Get("en"));
        Assert.Equal(["zh-CN", "en"], contract.Languages.AsEnumerable());
        Assert.Equal("xxxx公司", contract.Provider!.Get("zh-CN"));
        Assert.Equal("Asia/Shanghai", contract.TimeZone!.Id);
        Assert.Equal("CNY", contract.Currency);
        Assert.Equal(new RoundingRule("half-up", 0.01m, true), contract.Rounding);
    }

    [Fact]
    public void Clause_items_are_bound()
    {
        var model = Model().Item2;
        var connectivity = model.Clauses.Single(c => c.Name == "connectivity");
        Assert.Equal(99.9m, connectivity.Availability!.Percent);
        Assert.Equal(PeriodUnit.Month, connectivity.Availability.Period);
        Assert.Equal(new WrittenDuration(44, DurationUnit.Minute), connectivity.MaxDowntime!.Duration);
        Assert.Equal(IncidentEvent.Reported, connectivity.Downtime.From);
        Assert.Equal("customer_equipment", connectivity.ExcludedCauses.Single().Name);
        Assert.Equal(new WrittenDuration(5, DurationUnit.Day), connectivity.UnreportedAfter);
        var planned = connectivity.PlannedExclusions.Single();
        Assert.Equal("scheduled_maintenance", planned.Cause!.Name);
        Assert.Equal(1, planned.AtMost);
        Assert.Equal(PeriodUnit.Month, planned.AtMostPer);
        Assert.Equal(new WrittenDuration(5, DurationUnit.Minute), connectivity.IgnoreOutagesShorterThan);
        Assert.Equal("monthly_fee", Assert.IsType<WaiveRemedy>(connectivity.Remedies.Single()).Parameter!.Name);
        Assert.Equal("Connected", connectivity.Definitions.Single().Term.Get("en"));

        var fault = model.Clauses.Single(c => c.Name == "fault_response");
        Assert.Equal("office", fault.Clock!.Name);
        Assert.Equal([Milestone.Respond, Milestone.Arrive, Milestone.Resolve], fault.Matrix!.Columns.Select(c => c!.Value));
        var minor = fault.Matrix.Rows[2];
        Assert.Equal(2, minor.Severity.Rank);
        Assert.Null(minor.Cells[1]);
        var resolve = Assert.IsType<DurationDeadline>(minor.Cells[2]);
        Assert.Equal(DurationUnit.BusinessDay, resolve.Duration.Unit);
        Assert.Equal("office", resolve.On!.Name);
        var penalty = Assert.IsType<PenaltyRemedy>(fault.Remedies.Single());
        Assert.Equal(0.25m, penalty.Percent);
        Assert.Equal(LatenessCounting.Started, penalty.Counting);
        Assert.Equal(LatenessUnit.Day, penalty.Unit);
        Assert.Equal(CapScope.InTotal, penalty.Cap!.Scope);

        var credits = model.Clauses.Single(c => c.Name == "uptime_credits");
        var credit = Assert.IsType<CreditRemedy>(credits.Remedies.Single());
        Assert.False(credit.Tiers[0].Inclusive);
        Assert.True(credit.Tiers[1].Inclusive);
        Assert.Equal(99.0m, credit.Tiers[1].Threshold);
        Assert.Equal(CapScope.PerPeriod, credit.Cap!.Scope);
        Assert.Equal(ClaimStart.PeriodEnd, credits.Claim!.Start);
        Assert.Equal(new WrittenDuration(30, DurationUnit.Day), credits.Claim.Window);
    }

    [Fact]
    public void Calendar_exclusion_and_warranty_are_bound()
    {
        var model = Model().Item2;
        var office = model.Calendars.Single();
        Assert.Equal(5, office.Days.Length);
        Assert.Equal(new TimeOfDayRange(540, 1080), office.Hours.Single());
        Assert.Equal(540, office.BusinessDayMinutes);
        Assert.Equal(new DateRange(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7)), office.Holidays[0]);
        Assert.Null(office.TimeZone);

        var exclusion = model.Exclusions.Single();
        Assert.Equal("force_majeure", exclusion.Causes.Single().Name);
        Assert.Equal("earthquake", exclusion.Texts.Single().Get("en"));

        var paint = model.Warranties.Single();
        Assert.Equal(new WrittenDuration(1, DurationUnit.Year), paint.Duration);
        Assert.Equal("completion", paint.StartParameter!.Name);
        Assert.Equal(2, paint.Covers.Length);
        Assert.Equal(CoverageKind.FreeRepair, paint.Covers[0].Coverage.Options.Single().Kind);
        var upTo = paint.Covers[1].Coverage.Options.Single();
        Assert.Equal(CoverageKind.RepairUpTo, upTo.Kind);
        Assert.Equal(5m, upTo.Percent);
        Assert.Equal("contract_value", upTo.Parameter!.Name);
        Assert.Equal("force_majeure", paint.ExcludedCauses.Single().Name);
        Assert.Equal(CoverageKind.PaidRepair, paint.OutsideScope!.Options.Single().Kind);
    }

    [Fact]
    public void GetSymbol_goes_from_a_reference_to_the_declaration()
    {
        var (c, model) = Model();
        var use = TokenAt(c, "force_majeure", occurrence: 2); // `causes force_majeure` in the exclusion (after its name)
        var symbol = Assert.IsType<CauseSymbol>(model.GetSymbol(use));
        Assert.Equal(TokenAt(c, "force_majeure"), symbol.NameToken);
        Assert.Same(symbol, model.GetSymbol(symbol.NameToken));
        Assert.Same(symbol, model.GetSymbolAt(use.Span.End)!.Value.Symbol);
    }

    [Fact]
    public void GetReferences_lists_the_declaration_and_every_use()
    {
        var (_, model) = Model();
        var office = model.Calendars.Single();
        var references = model.GetReferences(office);
        Assert.Equal(3, references.Length); // declaration, `clock office`, `on office`
        Assert.True(references[0].IsDeclaration);
        Assert.All(references.Skip(1), r => Assert.False(r.IsDeclaration));
        Assert.All(references, r => Assert.Equal("office", r.Token.Text));

        var critical = model.Severities[0];
        Assert.Equal(2, model.GetReferences(critical).Length);
    }

    [Fact]
    public void References_cross_files()
    {
        using var dir = new TempDirectory();
        var lib = dir.Write("common.sla", "languages zh-CN, en\ncause force_majeure \"不可抗力\" / \"force majeure\"\n");
        var a = dir.Write("a.sla", Header + "import \"common.sla\"\nclause up \"在线\" / \"Up\" { exclude causes force_majeure }\n");
        var b = dir.Write("b.sla", Header + "import \"common.sla\"\nexclusion fm \"不可抗力\" / \"FM\" { causes force_majeure }\n");
        var c = Compilation.Create([a, b]);
        NoErrors(c);
        Assert.Equal(3, c.SyntaxTrees.Length);
        var cause = c.GetSemanticModel(lib).Causes.Single();
        var references = c.GetSemanticModel(a).GetReferences(cause);
        Assert.Equal(3, references.Length);
        Assert.Equal([a, b, lib], references.Select(r => r.Tree.Path).AsEnumerable()); // by path, then offset
        Assert.Single(references, r => r.IsDeclaration);
    }

    [Fact]
    public void LookupSymbols_for_completion()
    {
        var model = Model().Item2;
        Assert.Equal(["monthly_fee", "contract_value", "completion"], model.LookupSymbols(SymbolKind.Parameter).Select(s => s.Name));
        Assert.Equal(3, model.LookupSymbols(SymbolKind.Clause).Length);
        Assert.IsType<CalendarSymbol>(model.LookupSymbol("office"));
        Assert.Null(model.LookupSymbol("nothing"));
    }

    [Fact]
    public void GetDeclaredSymbol_maps_declarations_to_symbols()
    {
        var (c, model) = Model();
        var declarations = c.SyntaxTrees[0].Declarations.ToList();
        Assert.Same(model.Contract, model.GetDeclaredSymbol(declarations.OfType<ContractDeclarationSyntax>().Single()));
        var clause = declarations.OfType<ClauseDeclarationSyntax>().First();
        Assert.Equal("connectivity", model.GetDeclaredSymbol(clause)!.Name);
        Assert.Null(model.GetDeclaredSymbol(declarations.OfType<LanguagesDeclarationSyntax>().Single()));
    }

    [Fact]
    public void Parameters_have_types()
    {
        var model = Model().Item2;
        Assert.Equal([ParameterType.Money, ParameterType.Money, ParameterType.Date], model.Parameters.Select(p => p.Type));
    }
}

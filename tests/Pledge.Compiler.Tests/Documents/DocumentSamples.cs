using Xunit;
using Pledge.Compiler.Documents.Model;

namespace Pledge.Compiler.Tests.Documents;

/// <summary>Contracts with every item kind, built into document models for the document tests.</summary>
internal static class DocumentSamples
{
    /// <summary>One of each clause item, remedy and warranty item; articles 1–6 in order, the exclusion 7th.</summary>
    public const string Full = """
        contract sample "样本服务保证书" / "Sample service guarantee"
        languages zh-CN, en
        provider "样本公司" / "Sample Co."
        timezone "Asia/Shanghai"
        currency CNY

        parameter monthly_fee    "月费" / "Monthly fee" : money
        parameter contract_value "合同总价" / "Contract value" : money
        parameter completion     "竣工日期" / "Completion date" : date

        cause customer_equipment    "客户的设备" / "the customer's equipment"
        cause scheduled_maintenance "计划维护" / "scheduled maintenance"
        cause force_majeure         "不可抗力" / "force majeure"

        severity critical "重大故障" / "Critical" : "系统崩溃" / "the system is down"
        severity minor    "一般故障" / "Minor"    : "不影响运行" / "operation continues"

        calendar office "工作时间" / "Office hours" {
          days Mon-Fri
          hours 09:00-18:00
          holidays 2026-10-01..2026-10-07
        }

        exclusion fm "不可抗力" / "Force majeure" {
          causes force_majeure
          text "地震、台风" / "earthquakes, typhoons"
        }

        clause connectivity "网络联通性保证" / "Network connectivity" {
          define "网络联通" / "Connected" : "端口可以与骨干网联通" / "the port can reach the backbone"
          availability 99.9% per month
          max downtime 40 min per month
          downtime from reported to restored
          exclude causes customer_equipment
          exclude unreported after 5 days
          exclude planned scheduled_maintenance with notice 5 days, at most 1 per month
          ignore outages shorter than 5 min
          remedy waive monthly_fee when breached
          claim within 30 days after period end
          text "其他约定。" / "Other terms."
        }

        clause faults "故障响应" / "Fault response" {
          clock office
          matrix {
            severity | respond | resolve
            critical | 15 min  | 4 h
            minor    | 1 h     | next business day
          }
          remedy 0.25% of contract_value per started day late, cap 5% of contract_value in total
        }

        clause onsite "现场支持" / "On-site support" {
          arrive by distance {
            up to 50 km  : 2 h
            up to 100 km : 4 h
            beyond       : -
          }
        }

        clause complaints "投诉" / "Complaints" {
          respond within 2 h after reported
          resolve by end of business day 2 on office
          remedy pay 1000 CNY per breach
        }

        clause credits "服务抵扣" / "Service credits" {
          availability 99.95% per month
          remedy credit monthly_fee by availability {
            below 99.95% : 10%
            below 99.0%  : 25%
          }, cap 50% of monthly_fee per period
          claim within 30 days after breach
        }

        warranty paint "乳胶漆保修" / "Paint warranty" {
          duration 1 year from completion
          covers peeling "起皮" / "peeling" : free repair
          covers third_party "第三方损坏" / "third-party damage" : repair up to 5% of contract_value
          excludes "客户提供的材料" / "materials the customer supplied"
          excludes causes force_majeure
          outside scope : paid repair "按公布的收费标准" / "at the published rates"
          replacement covered for the remainder or 6 months, whichever is longer
        }
        """;

    public static Compilation Compile(string text) => Compilation.FromText(text);

    public static ContractDocument Build(string text)
    {
        var compilation = Compile(text);
        var errors = compilation.GetDiagnostics().Where(d => d.Diagnostic.IsError).ToList();
        Assert.True(errors.Count == 0, "the sample has errors:\n" + string.Join("\n", errors.Select(e => e.Diagnostic.ToString())));
        return DocumentBuilder.Build(compilation.GetSemanticModel(compilation.RootTrees[0]));
    }

    /// <summary>A contract of <paramref name="count"/> clauses, `c1` … `cN`, each with one text.</summary>
    public static string ManyClauses(int count, string languages = "zh-CN, en") =>
        $"contract many \"多条\" / \"Many\"\nlanguages {languages}\n" +
        string.Concat(Enumerable.Range(1, count).Select(i => $"clause c{i} \"条款{i}\" / \"Clause {i}\" {{ text \"内容{i}\" / \"Text {i}\" }}\n"));

    /// <summary>The examples folder of the repository (found upwards from the test's folder).</summary>
    public static string ExamplesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "examples"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", "examples");
    }
}

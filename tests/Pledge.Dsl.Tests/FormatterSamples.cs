namespace Pledge.Dsl.Tests;

/// <summary>The examples of the language reference, as the corpus for the formatter's whole-file tests.</summary>
internal static class FormatterSamples
{
    public const string Header = """
        contract idc "服务品质保证书" / "Service Quality Guarantee"

        languages zh-CN, en
        provider "xxxx公司" / "xxxx Co., Ltd."
        timezone "Asia/Shanghai"
        currency CNY
        rounding half-up 0.01            // money rounding: default half-up to the minor unit

        import "common.sla"              // causes, severities, calendars shared by many contracts

        parameter customer       "客户" / "Customer"             : text
        parameter monthly_fee    "月费" / "Monthly fee"          : money
        parameter contract_value "合同总价" / "Contract value"   : money
        parameter completion     "竣工日期" / "Completion date"  : date

        """;

    public const string Shared = """
        cause customer_equipment  "客户的电路或设备" / "the customer's circuits or equipment"
        cause approved_maintenance "经客户同意的系统维护" / "maintenance the customer approved"
        cause scheduled_maintenance "计划维护" / "scheduled maintenance"
        cause force_majeure       "不可抗力" / "force majeure"

        severity critical "重大故障" / "Critical" : "系统崩溃或不能正常运行" / "the system is down or unusable"
        severity major    "严重故障" / "Major"    : "影响多数用户使用" / "most users are affected"
        severity minor    "一般故障" / "Minor"    : "不影响系统正常运作" / "normal operation continues"

        calendar office "工作时间" / "Office hours" {
          days Mon-Fri
          hours 09:00-18:00
          holidays 2026-10-01..2026-10-07, 2027-01-01
        }

        calendar weekdays_24x5 "24x5" / "24x5" {
          span Mon 09:00 - Fri 17:00          // one continuous weekly span; holidays apply to spans too
          timezone "America/New_York"          // a calendar may name its own zone, or a fixed offset "UTC-05:00"
        }

        exclusion force_majeure_clause "不可抗力" / "Force majeure" {
          causes force_majeure
          text "地震、台风、洪水、战争、罢工、政府行为" / "earthquake, typhoon, flood, war, strike, acts of government"
        }

        """;

    public const string Clauses = """
        clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
          define "网络联通" / "Connected" :
            "xxxx公司分配给客户的网络端口可以与骨干网相联通" /
            "the network port assigned to the customer can reach the backbone"

          availability 99.9% per month
          max downtime 44 min per month          // checked against the percentage
          downtime from reported to restored     // which two incident events bound an outage

          exclude causes customer_equipment, approved_maintenance
          exclude unreported after 5 days        // outages reported more than 5 days after they began
          exclude planned scheduled_maintenance with notice 5 days, at most 1 per month
          ignore outages shorter than 5 min      // an outage must last this long to count

          remedy waive monthly_fee when breached
        }

        clause fault_response "故障响应" / "Fault response" {
          clock 24x7                              // or a calendar: clock office
          matrix {
            severity | respond | arrive | resolve
            critical | 15 min  | 30 min | 12 h     // PLG3xxx: longer than major's 6 h
            major    | 30 min  | 1 h    | 6 h
            minor    | 1 h     | -      | 1 business day on office
          }
          remedy 0.25% of contract_value per started day late, cap 5% of contract_value in total
        }

        clause onsite "现场技术支持" / "On-site support" {
          arrive by distance {
            up to 50 km  : 2 h
            up to 100 km : 4 h
            up to 400 km : 8 h
            up to 800 km : 12 h
            beyond       : 24 h
          }
        }

        clause complaints "投诉处理" / "Complaints" {
          respond within 2 h after reported
          resolve within 15 days after reported
        }

        clause uptime_credits "服务抵扣" / "Service credits" {
          availability 99.95% per month
          downtime from started to restored
          remedy credit monthly_fee by availability {
            below 99.95% : 10%
            below 99.0%  : 25%
            below 95.0%  : 100%
          }, cap 50% of monthly_fee per period
          claim within 30 days after period end
        }

        """;

    public const string Warranty = """
        warranty paint "乳胶漆保修" / "Latex paint warranty" {
          // `covers NAME TEXT : COVERAGE` declares a covered item called NAME
          duration 1 year from completion                 // completion: a date parameter
          covers peeling "墙面起皮、脱落" / "peeling or flaking walls" : free repair
          covers third_party "第三方造成的损坏" / "damage caused by third parties" : repair up to 5% of contract_value
          excludes "消费者提供的材料造成的质量问题" / "defects from materials the customer supplied"
          excludes causes force_majeure
          outside scope : paid repair "按公布的收费标准" / "at the published rates"
        }

        """;

    public const string MoreClauseItems = """
        clause more "更多" / "More" {
          report within 4 h after acknowledged on office
          respond after responded
          resolve by next business day on office
          arrive by end of business day 2
          remedy pay 1250.50 USD per breach
          remedy 1% of monthly_fee per full hour late, cap 10% of monthly_fee per incident
          claim within 2 months after breach
          text "自由条款" / "free prose"
        }

        warranty boiler "锅炉" / "Boiler" {
          duration 2 years from 2026-03-15
          covers parts "零件" / "parts" : repair or replace or refund at provider's option
          covers body "机身" / "body" : replace
          replacement covered for the remainder or 6 months, whichever is longer
          outside scope : paid repair
        }

        """;

    public static readonly string[] All = [Header, Shared, Clauses, Warranty, MoreClauseItems, Header + Shared + Clauses + Warranty + MoreClauseItems];
}

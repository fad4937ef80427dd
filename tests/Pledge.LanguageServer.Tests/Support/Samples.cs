namespace Pledge.LanguageServer.Tests.Support;

/// <summary>Small contracts the feature tests share.</summary>
public static class Samples
{
    public const string Common = """
        languages zh-CN, en

        cause customer_equipment "客户的电路或设备" / "the customer's circuits or equipment"
        cause force_majeure "不可抗力" / "force majeure"

        severity critical "重大故障" / "Critical" : "系统崩溃" / "the system is down"
        severity major "严重故障" / "Major" : "影响多数用户" / "most users are affected"

        calendar office "工作时间" / "Office hours" {
          days Mon-Fri
          hours 09:00-18:00
        }
        """;

    public const string Contract = """
        contract idc "服务品质保证书" / "Service Quality Guarantee"

        languages zh-CN, en
        provider "xxxx公司" / "xxxx Co., Ltd."
        timezone "Asia/Shanghai"
        currency CNY

        import "common.sla"

        parameter monthly_fee "月费" / "Monthly fee" : money
        parameter completion "竣工日期" / "Completion date" : date

        clause connectivity "网络联通性保证" / "Network connectivity guarantee" {
          availability 99.9% per month
          downtime from reported to restored
          exclude causes customer_equipment
          remedy waive monthly_fee when breached
        }

        clause fault_response "故障响应" / "Fault response" {
          clock office
          matrix {
            severity | respond | resolve
            critical | 15 min  | 4 h
            major    | 30 min  | 1 business day
          }
        }

        clause onsite "现场技术支持" / "On-site support" {
          arrive by distance {
            up to 50 km  : 2 h
            up to 100 km : 4 h
            beyond       : 24 h
          }
        }

        warranty paint "乳胶漆保修" / "Latex paint warranty" {
          duration 1 year from 2026-03-15
          covers peeling "墙面起皮" / "peeling walls" : free repair
        }
        """;
}

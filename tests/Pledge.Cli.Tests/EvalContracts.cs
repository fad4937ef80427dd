namespace Pledge.Cli.Tests;

/// <summary>Small contracts and logs for `pledge eval` tests that the examples do not cover.</summary>
internal static class EvalContracts
{
    public const string LogHeader = "id,clause,severity,causes,started,reported,acknowledged,responded,arrived,restored,resolved,distance_km\n";

    /// <summary>
    /// Two clauses capped `in total` and one capped per period, with markup and Handlebars braces in a title. With
    /// <see cref="HostileLog"/> and contract_value 100000 CNY: restoration owes 2000 (2 started days × 1000, cap 5000),
    /// repair 1000 (1 started day, cap 10000), response nothing (met).
    /// </summary>
    public const string TwoCapsInTotal = """
        contract two_caps "Two caps"

        languages en
        provider "Example Co."
        timezone "UTC"
        currency CNY

        parameter contract_value "Contract total" : money

        clause restoration "<script>alert(1)</script> {{title}}" {
          restore within 2 h after reported
          remedy 1% of contract_value per started day late, cap 5% of contract_value in total
        }

        clause repair "Repair" {
          resolve within 1 day after reported
          remedy 1% of contract_value per started day late, cap 10% of contract_value in total
        }

        clause response "Response" {
          respond within 1 h after reported
          remedy 1% of contract_value per started day late, cap 2% of contract_value per period
        }

        """;

    /// <summary>One incident whose id is markup with Handlebars braces: restored 1 day 22 h late, resolved 1 day late.</summary>
    public const string HostileLog = LogHeader +
        "\"<script>{{id}}\",,,,2026-10-03T10:00:00Z,2026-10-03T10:00:00Z,,2026-10-03T10:30:00Z,,2026-10-05T10:00:00Z,2026-10-05T10:00:00Z,\n";

    public static CliRun Eval(TempWorkspace workspace, params string[] options)
    {
        workspace.Write("two.sla", TwoCapsInTotal);
        workspace.Write("log.csv", HostileLog);
        return workspace.Run(["eval", "two.sla", "--incidents", "log.csv", "--period", "2026-10", "--param", "contract_value=100000 CNY", .. options]);
    }
}

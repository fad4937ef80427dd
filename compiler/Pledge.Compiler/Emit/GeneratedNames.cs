using System.Text;

namespace Pledge.Compiler.Emit;

/// <summary>
/// Identifiers of emitted code. They are generated, never copied: a contract name contributes only its ASCII letters
/// and digits (as a readable hint), and a fixed prefix or suffix plus an index makes every identifier unique and
/// keeps it off C#'s keywords (`class`, `@`, `Main` … whatever a contract calls itself).
/// </summary>
public static class GeneratedNames
{
    /// <summary>`idc` → `IdcEvaluator`; `服务` → `ContractEvaluator`.</summary>
    public static string EvaluatorClass(string contractName) => Hint(contractName, "Contract") + "Evaluator";

    /// <summary>`connectivity` (the 1st clause) → `Clause1Connectivity`.</summary>
    public static string ClauseMethod(int index, string clauseName) => $"Clause{index + 1}{Hint(clauseName, "")}";

    /// <summary>The n-th calendar's clock field: `Calendar1Office`.</summary>
    public static string CalendarField(int index, string calendarName) => $"Calendar{index + 1}{Hint(calendarName, "")}";

    /// <summary>The ASCII letters and digits of a name in PascalCase (at most 40), or <paramref name="fallback"/> when none.</summary>
    public static string Hint(string name, string fallback)
    {
        var result = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                result.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
            if (result.Length >= 40) break;
        }
        // A leading digit cannot start an identifier; the prefix of the callers (`Clause1`) or this letter keeps it valid.
        if (result.Length > 0 && char.IsDigit(result[0])) result.Insert(0, 'N');
        return result.Length == 0 ? fallback : result.ToString();
    }
}

namespace Pledge.Compiler.Tests.Emit;

/// <summary>Counts what the differential runs compared: usage errors, breaches, milestone verdicts, owed amounts.</summary>
internal sealed class ReportStatistics
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Count(string report)
    {
        lock (_counts)
        {
            Add("reports", 1);
            if (report.StartsWith("EvaluationInputException", StringComparison.Ordinal)) Add("usage errors", 1);
            if (report.StartsWith("InvalidOperationException", StringComparison.Ordinal)) Add("runtime errors", 1);
            Add("breached clauses", Occurrences(report, "\"breached\": true"));
            foreach (var status in new[] { "met", "missed", "open", "pending", "notJudged" })
                Add(status, Occurrences(report, $"\"status\": \"{status}\""));
            Add("excluded", Occurrences(report, "\"excluded\": {"));
            Add("remedy lines", Occurrences(report, "\"kind\": \"") - Occurrences(report, "\"excluded\": {"));
            Add("claim days", Occurrences(report, "\"claimUntil\": \"2"));
        }
    }

    public string Describe()
    {
        lock (_counts) return string.Join(", ", _counts.Select(kv => $"{kv.Key} {kv.Value}"));
    }

    private void Add(string key, int n) => _counts[key] = _counts.GetValueOrDefault(key) + n;

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

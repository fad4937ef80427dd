using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using Pledge.Certificates.Content;
using Pledge.Certificates.Issuing;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;
using Pledge.Runtime.Evaluation;

namespace Pledge.Certificates.Input;

/// <summary>
/// Checks the rows of a data file against a warranty: every column must be `customer` or a contract parameter
/// (an unknown column is a file error: a misspelt column would otherwise be dropped silently); each row needs a
/// customer and every parameter the warranty uses, and each value must fit its parameter's type. Every problem of
/// every row is reported, with its row, column and reason; nothing is skipped here.
/// </summary>
public sealed partial class CustomerRowValidator(WarrantyTarget target)
{
    private const int MaxCustomerLength = 300;

    [GeneratedRegex(@"^\s*(?<n>\d+(?:\.\d+)?)\s*(?<unit>min|minutes?|h|hours?|days?|weeks?|months?|years?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationSyntax();

    /// <exception cref="CustomerDataException">the header has an unknown or repeated column, or lacks a required one.</exception>
    public void CheckColumns(CustomerTable table)
    {
        var known = target.Columns.ToList();
        var problems = new List<string>();
        foreach (var column in table.Columns)
        {
            if (!known.Contains(column, StringComparer.Ordinal))
                problems.Add($"unknown column `{column}` (the columns are {string.Join(", ", known.Select(k => $"`{k}`"))})");
        }
        foreach (var duplicate in table.Columns.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add($"the column `{duplicate.Key}` appears twice");
        var required = new[] { WarrantyTarget.CustomerColumn }.Concat(target.RequiredParameters.Select(p => p.Name)).Distinct();
        var missing = required.Where(r => !table.Columns.Contains(r, StringComparer.Ordinal)).ToList();
        // JSON rows may simply have no rows to take columns from; an empty file is reported by the issuer.
        if (missing.Count > 0 && table.Records.Count > 0)
            problems.Add($"no column {string.Join(", ", missing.Select(m => $"`{m}`"))}: the warranty `{target.Warranty.Name}` needs {(missing.Count == 1 ? "it" : "them")}");
        if (problems.Count > 0) throw new CustomerDataException($"{table.File}: {string.Join("; ", problems)}");
    }

    /// <summary>The row checked, or null with its problems added to <paramref name="errors"/>.</summary>
    public CustomerRow? Check(CustomerRecord record, List<RowError> errors)
    {
        if (record.Problem is not null)
        {
            errors.Add(new RowError(record.Row, record.Line, null, record.Problem));
            return null;
        }
        var before = errors.Count;
        void Error(string column, string reason) => errors.Add(new RowError(record.Row, record.Line, column, reason));

        var customer = (record.Cells.GetValueOrDefault(WarrantyTarget.CustomerColumn) ?? "").Trim();
        if (customer.Length == 0) Error(WarrantyTarget.CustomerColumn, "is empty: every certificate names its customer");
        else if (customer.Any(char.IsControl)) Error(WarrantyTarget.CustomerColumn, "holds a line break or another control character");
        else if (customer.Length > MaxCustomerLength) Error(WarrantyTarget.CustomerColumn, $"is {customer.Length} characters long; at most {MaxCustomerLength} fit on a certificate");

        var values = new List<CustomerValue>();
        foreach (var parameter in target.Parameters)
        {
            var text = record.Cells.GetValueOrDefault(parameter.Name)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (target.RequiredParameters.Contains(parameter))
                    Error(parameter.Name, $"is empty: the warranty `{target.Warranty.Name}` needs the {parameter.Type.Keyword()} `{parameter.Name}`");
                continue;
            }
            if (Parse(parameter, text, out var reason) is { } value) values.Add(value);
            else Error(parameter.Name, reason!);
        }
        if (errors.Count > before) return null;

        LocalDate start;
        if (target.Warranty.StartParameter is { } startParameter)
            start = LocalDate.FromDateOnly(DateOnly.ParseExact(values.First(v => v.Name == startParameter.Name).Text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            start = LocalDate.FromDateOnly(target.Warranty.StartDate!.Value);
        return new CustomerRow(record.Row, record.Line, customer, values, start, Fingerprint(customer, values));
    }

    /// <summary>SHA-256 of the canonical JSON of the customer and the given values: what makes two rows the same row.</summary>
    public static string Fingerprint(string customer, IReadOnlyList<CustomerValue> values)
    {
        var parameters = new JsonObject();
        foreach (var v in values) parameters[v.Name] = v.Text;
        var json = new JsonObject { ["customer"] = customer, ["parameters"] = parameters };
        return Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.WriteUtf8(json)));
    }

    private CustomerValue? Parse(ParameterSymbol parameter, string text, out string? reason)
    {
        reason = null;
        var type = parameter.Type.Keyword();
        switch (parameter.Type)
        {
            case ParameterType.Money:
                // A bare amount is in the contract's currency; another currency than the contract's is refused,
                // since a coverage limit would otherwise be stated in the wrong money.
                if (target.Contract.Currency is { } own && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bare))
                    text = $"{text} {own}";
                if (!Money.TryParse(text, out var money) || money.Amount < 0)
                {
                    reason = $"`{text}` is not money: write an amount and a currency code, e.g. `20000 {target.Contract.Currency ?? "CNY"}`";
                    return null;
                }
                if (target.Contract.Currency is { } currency && money.Currency != currency)
                {
                    reason = $"`{text}` is in {money.Currency}, but the contract's currency is {currency}";
                    return null;
                }
                return new CustomerValue(parameter.Name, type, $"{DecimalText.Format(money.Amount)} {money.Currency}", money.Amount, money.Currency);
            case ParameterType.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    reason = $"`{text}` is not a date: write it as 2026-03-15";
                    return null;
                }
                return new CustomerValue(parameter.Name, type, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            case ParameterType.Duration:
                var m = DurationSyntax().Match(text);
                if (!m.Success)
                {
                    reason = $"`{text}` is not a duration: write e.g. `30 min`, `2 h`, `5 days`, `12 months`";
                    return null;
                }
                return new CustomerValue(parameter.Name, type, $"{DecimalText.Format(decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture))} {m.Groups["unit"].Value}");
            case ParameterType.Number or ParameterType.Percent:
                try
                {
                    var value = ParameterValueParser.Parse(parameter.Type == ParameterType.Number ? ParameterKind.Number : ParameterKind.Percent, parameter.Name, text);
                    return new CustomerValue(parameter.Name, type, value.Describe());
                }
                catch (FormatException)
                {
                    reason = parameter.Type == ParameterType.Number ? $"`{text}` is not a number" : $"`{text}` is not a percentage (e.g. `5%`)";
                    return null;
                }
            default:
                if (text.Any(char.IsControl))
                {
                    reason = "holds a line break or another control character";
                    return null;
                }
                return new CustomerValue(parameter.Name, type, text);
        }
    }
}

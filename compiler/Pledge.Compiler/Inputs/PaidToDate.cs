using System.Globalization;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;

namespace Pledge.Compiler.Inputs;

/// <summary>
/// Reads the amounts already paid under caps `in total` (LANGUAGE.md §5: "`in total` needs the amount already paid,
/// an input") into amounts per clause, for `pledge eval --paid-to-date` and `pledge/evaluate`. Only a cap `in total`
/// uses the amount, so an amount that no such cap would read is refused rather than ignored: a billing run that
/// passes the wrong contract or clause must not look like it worked.
/// </summary>
public static class PaidToDate
{
    /// <summary>The clauses (in contract order) with a remedy capped `in total`.</summary>
    public static IReadOnlyList<string> ClausesWithCapInTotal(SemanticModel model) =>
        [.. model.Clauses.Where(c => c.Remedies.Any(r => CapOf(r)?.Scope == CapScope.InTotal)).Select(c => c.Name)];

    /// <param name="option">How the input is named in messages: `--paid-to-date`.</param>
    /// <param name="perClauseForm">How to name a clause, for the message that asks for it: `--paid-to-date CLAUSE=AMOUNT`.</param>
    /// <exception cref="PaidToDateException">an amount does not read, is negative, is in another currency, or names no clause with a cap `in total`.</exception>
    public static IReadOnlyDictionary<string, decimal> Resolve(
        SemanticModel model, IEnumerable<PaidToDateEntry> entries, string option, string perClauseForm)
    {
        var capped = ClausesWithCapInTotal(model);
        var currency = model.Contract?.Currency;
        var paid = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var clause = entry.Clause ?? TheOnlyCappedClause(capped, entry, option, perClauseForm);
            if (entry.Clause is not null)
            {
                if (clause.Length == 0)
                    throw new PaidToDateException($"{option} `{entry}`: write AMOUNT or CLAUSE=AMOUNT");
                if (model.Clauses.All(c => c.Name != clause))
                    throw new PaidToDateException($"{option} `{entry}`: the contract has no clause `{clause}`");
                if (!capped.Contains(clause))
                    throw new PaidToDateException(
                        $"{option} `{entry}`: clause `{clause}` has no cap `in total`, so an amount paid to date would change nothing ({Capped(capped)})");
            }
            if (!paid.TryAdd(clause, Amount(entry, currency, option)))
                throw new PaidToDateException($"{option}: clause `{clause}` is given more than once");
        }
        return paid;
    }

    private static string TheOnlyCappedClause(IReadOnlyList<string> capped, PaidToDateEntry entry, string option, string perClauseForm) => capped.Count switch
    {
        1 => capped[0],
        0 => throw new PaidToDateException($"{option} `{entry}`: the contract has no clause with a cap `in total`, so an amount paid to date would change nothing"),
        _ => throw new PaidToDateException(
            $"{option} `{entry}`: the contract has {capped.Count} clauses with a cap `in total` ({Names(capped)}): write {perClauseForm} for each"),
    };

    /// <summary>`2500` in the contract's currency, or `2500 CNY` (which must be that currency); never negative.</summary>
    private static decimal Amount(PaidToDateEntry entry, string? currency, string option)
    {
        decimal amount;
        if (Money.TryParse(entry.Amount, out var money))
        {
            if (currency is not null && money.Currency != currency)
                throw new PaidToDateException($"{option} `{entry}`: `{entry.Amount}` is not in the contract's currency {currency}");
            amount = money.Amount;
        }
        else if (!decimal.TryParse(entry.Amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            throw new PaidToDateException($"{option} `{entry}`: `{entry.Amount}` is not an amount (e.g. 2500 or \"2500 {currency ?? "CNY"}\")");
        }
        if (amount < 0)
            throw new PaidToDateException($"{option} `{entry}`: `{entry.Amount}` is negative; give what has been paid, 0 or more");
        return amount;
    }

    private static RemedyCap? CapOf(Remedy remedy) => remedy switch
    {
        PenaltyRemedy p => p.Cap,
        CreditRemedy c => c.Cap,
        _ => null,
    };

    private static string Capped(IReadOnlyList<string> capped) =>
        capped.Count == 0 ? "no clause has one" : $"clauses with one: {Names(capped)}";

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"`{n}`"));
}

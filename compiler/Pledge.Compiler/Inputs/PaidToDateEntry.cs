namespace Pledge.Compiler.Inputs;

/// <summary>
/// One amount paid to date as the user wrote it: for a named clause (`restoration=2500`), or with no clause (`2500`),
/// meaning the contract's one clause with a cap `in total`. <see cref="Amount"/> is `2500` or `2500 CNY`.
/// </summary>
public readonly record struct PaidToDateEntry(string? Clause, string Amount)
{
    /// <summary>`CLAUSE=AMOUNT`, or a bare `AMOUNT` (a money amount never holds `=`).</summary>
    public static PaidToDateEntry Parse(string text)
    {
        var eq = text.IndexOf('=');
        return eq < 0 ? new PaidToDateEntry(null, text.Trim()) : new PaidToDateEntry(text[..eq].Trim(), text[(eq + 1)..].Trim());
    }

    public override string ToString() => Clause is null ? Amount : $"{Clause}={Amount}";
}

using NodaTime;

namespace Pledge.Certificates.Input;

/// <summary>
/// A checked customer row: the customer's name and each given parameter's value in its canonical text
/// (<see cref="CustomerValue"/>), plus <see cref="Fingerprint"/>, which names the row for the registry: the same
/// customer with the same values is the same row, however the file spelled them (`20000 CNY`, `20000.00 CNY`).
/// </summary>
public sealed record CustomerRow(int Row, int Line, string Customer, IReadOnlyList<CustomerValue> Values, LocalDate Start, string Fingerprint)
{
    public CustomerValue? Get(string parameter) => Values.FirstOrDefault(v => v.Name == parameter);
}

/// <summary>
/// One parameter value: its declared type keyword (`money`, `date` …), its canonical text (`20000 CNY`,
/// `2026-03-15`, `5%`), and for money its amount and currency (for coverage limits).
/// </summary>
public sealed record CustomerValue(string Name, string Type, string Text, decimal? Amount = null, string? Currency = null);

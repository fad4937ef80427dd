namespace Pledge.Benchmarks.Generation;

/// <summary>
/// Writes realistic, valid `.sla` contracts of an exact line count: a header, parameters, causes, severities and
/// calendars, then clauses of every kind (availability with exclusions and remedies, response matrices, distance
/// tiers, credit tables, single commitments, warranties, prose) with comments, each clause with its own name.
/// Deterministic: the same seed and size give the same text on every machine, so benchmark runs compare.
/// Public so tests can use it as a source of large inputs.
/// </summary>
public sealed class ContractGenerator(int seed = ContractGenerator.DefaultSeed)
{
    public const int DefaultSeed = 20261122;

    /// <summary>Room left for the last clause: the largest clause kind is well under this many lines.</summary>
    private const int LargestClause = 40;

    /// <summary>The smallest contract: the declarations plus a closing prose clause.</summary>
    public const int MinimumLines = 120;

    public string Generate(int lines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, MinimumLines);

        // A fresh Random per call: Generate(n) must not depend on what was generated before.
        var random = new Random(seed);
        var writer = new SlaWriter();
        Declarations.Write(writer, random);

        var clauses = new ClauseWriters(writer, random);
        var number = 1;
        while (lines - writer.Lines > LargestClause)
        {
            clauses.WriteAny(number++);
        }
        clauses.WriteFiller(number, lines - writer.Lines);
        if (writer.Lines != lines)
        {
            throw new InvalidOperationException($"generated {writer.Lines} lines instead of {lines}");
        }
        return writer.ToString();
    }
}

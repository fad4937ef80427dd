namespace Pledge.Compiler.Semantics;

/// <summary>What a declared name stands for. Top-level kinds share one set of names per contract.</summary>
public enum SymbolKind
{
    Contract,
    Parameter,
    Cause,
    Severity,
    Calendar,
    Exclusion,
    Clause,
    Warranty,
}

public static class SymbolKinds
{
    /// <summary>The keyword that declares the kind, as messages and completions show it.</summary>
    public static string Keyword(this SymbolKind kind) => kind switch
    {
        SymbolKind.Contract => "contract",
        SymbolKind.Parameter => "parameter",
        SymbolKind.Cause => "cause",
        SymbolKind.Severity => "severity",
        SymbolKind.Calendar => "calendar",
        SymbolKind.Exclusion => "exclusion",
        SymbolKind.Clause => "clause",
        SymbolKind.Warranty => "warranty",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

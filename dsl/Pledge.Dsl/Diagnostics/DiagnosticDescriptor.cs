namespace Pledge.Dsl.Diagnostics;

/// <summary>What every diagnostic of one code shares: the code, a stable name, its family and default level.</summary>
public sealed record DiagnosticDescriptor(string Code, string Name, DiagnosticLevel DefaultLevel, string Title)
{
    /// <summary>Anchor of this code's entry in docs/diagnostics.md.</summary>
    public string DocsAnchor => Code.ToLowerInvariant();

    public string Family => Code[3] switch
    {
        '1' => "syntax",
        '2' => "names",
        '3' => "consistency",
        '4' => "ambiguity",
        '5' => "language",
        '9' => "configuration",
        _ => "other",
    };
}

namespace Pledge.Dsl.Printing;

/// <summary>How <see cref="SlaFormatter"/> lays a file out: spaces per indentation level and the line break it writes.</summary>
public sealed record FormatOptions(int IndentSize = 2, string NewLine = "\n")
{
    public static FormatOptions Default { get; } = new();
}

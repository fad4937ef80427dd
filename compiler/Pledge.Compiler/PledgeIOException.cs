namespace Pledge.Compiler;

/// <summary>A root file of a compilation could not be read. The CLI turns it into exit code 2.</summary>
public sealed class PledgeIOException(string path, string reason)
    : IOException($"cannot read `{path}`: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}

using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>How messages point at another place: `3:7` in the same file, `` `common.sla` 3:7 `` in another.</summary>
internal static class Locations
{
    public static string Describe(SyntaxTree from, SyntaxTree target, int offset)
    {
        var position = target.Source.Lines.GetPosition(offset).ToString();
        return ReferenceEquals(from, target) ? position : $"`{RelativePath(from.Path, target.Path)}` {position}";
    }

    public static string Describe(SyntaxTree from, SyntaxTree target, SyntaxElement element) =>
        Describe(from, target, element.Span.Start);

    /// <summary>The path of <paramref name="target"/> as the file at <paramref name="from"/> would import it.</summary>
    public static string RelativePath(string from, string target)
    {
        var directory = Path.GetDirectoryName(from);
        if (string.IsNullOrEmpty(directory)) return target;
        var relative = Path.GetRelativePath(directory, target);
        return relative.Replace('\\', '/');
    }
}

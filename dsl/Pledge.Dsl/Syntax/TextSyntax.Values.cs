using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

public sealed partial class TextSyntax
{
    /// <summary>The unescaped strings, in the order of the file's `languages` line.</summary>
    public ImmutableArray<string> Values => _values.IsDefault ? _values = [.. Parts.Items.Select(p => p.Value)] : _values;

    private ImmutableArray<string> _values;
}

public sealed partial class StringLiteralSyntax
{
    public string Value => Token.Value as string ?? "";
}

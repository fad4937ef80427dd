using Pledge.Dsl.Text;

namespace Pledge.Dsl.Diagnostics;

/// <summary>Replace the text of <paramref name="Span"/> with <paramref name="NewText"/> (an empty span inserts).</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

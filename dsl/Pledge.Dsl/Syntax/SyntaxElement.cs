using Pledge.Dsl.Text;

namespace Pledge.Dsl.Syntax;

/// <summary>A token or a node. Spans exclude trivia.</summary>
public abstract class SyntaxElement
{
    public abstract TextSpan Span { get; }
}

using Pledge.Dsl.Text;
using Sprache;

namespace Pledge.Dsl.Parsing;

/// <summary>
/// Sprache input over the source string that can jump to any offset in O(1). Sprache's own
/// <c>Input</c> only advances one character (and one allocation) at a time, which token
/// scanning does not need.
/// </summary>
internal sealed class SlaInput(string source, int position, LineMap lines) : IInput
{
    private IDictionary<object, object>? _memos;

    public SlaInput(string source) : this(source, 0, new LineMap(source)) { }

    public string Source { get; } = source;
    public int Position { get; } = position;
    public LineMap Lines { get; } = lines;

    public char Current => Position < Source.Length ? Source[Position] : '\0';
    public bool AtEnd => Position >= Source.Length;
    public int Line => Lines.GetPosition(Position).Line + 1;
    public int Column => Lines.GetPosition(Position).Character + 1;
    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("cannot advance beyond the end of the input");
        return new SlaInput(Source, Position + 1, Lines);
    }

    public SlaInput At(int offset) => offset == Position ? this : new SlaInput(Source, offset, Lines);

    private System.Collections.Immutable.ImmutableArray<Syntax.SyntaxTrivia> _leading;
    private int _tokenStart = -1;

    /// <summary>
    /// The trivia before the next token and where that token starts. Alternatives of the grammar try
    /// several tokens at the same input; the trivia is scanned once per input, not once per attempt.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<Syntax.SyntaxTrivia> LeadingTrivia(out int tokenStart)
    {
        if (_tokenStart < 0) _leading = TriviaScanner.ScanLeading(Source, Position, out _tokenStart);
        tokenStart = _tokenStart;
        return _leading;
    }

    public bool Equals(IInput? other) => other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => Position;
}

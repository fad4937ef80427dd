namespace Pledge.LanguageServer.Features.Completion;

public enum LexemeKind { Word, Number, String, Punctuation }

/// <summary>A word, number, string or punctuation mark as the completion scanner reads the text before the cursor.</summary>
public sealed record Lexeme(LexemeKind Kind, string Text, int Start, int Line)
{
    public bool Is(string word) => Kind == LexemeKind.Word && Text == word;
}

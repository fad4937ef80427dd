namespace Pledge.Benchmarks.Generation;

/// <summary>One text in the contract's two languages (zh-CN, en), as the generated files declare them.</summary>
public readonly record struct Bilingual(string Chinese, string English)
{
    /// <summary>The Pledge literal: <c>"中文" / "English"</c>.</summary>
    public string Literal => $"\"{Chinese}\" / \"{English}\"";

    /// <summary>The same text with a clause number appended, so no two clauses carry identical titles.</summary>
    public Bilingual Numbered(int number) => new($"{Chinese}（{number}）", $"{English} ({number})");
}

using Pledge.Dsl.Text;

namespace Pledge.Compiler.Checks.Suppressions;

/// <summary>
/// `// pledge-ignore PLG3001 reason`: silences that code on <see cref="TargetLine"/>, the first line
/// with content after the comment (so several suppressions may stand one above the other).
/// </summary>
public sealed record Suppression(string Code, string? Reason, TextSpan CodeSpan, TextSpan CommentSpan, int TargetLine);

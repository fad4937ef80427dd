using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>The milestones one clause commits (matrix columns, single and distance commitments); a second commitment is reported (PLG2007).</summary>
internal sealed class MilestoneLedger(FileBinding file, string clause)
{
    private readonly Dictionary<Milestone, SyntaxToken> _committed = [];

    /// <summary>The milestone the token names, committing it; null when it names none.</summary>
    public Milestone? Commit(SyntaxToken token)
    {
        if (SyntaxValues.IsMissing(token) || Milestones.Parse(token.Text) is not { } milestone) return null;
        if (_committed.TryGetValue(milestone, out var first))
            file.Diagnostics.Add(DiagnosticCatalogue.MilestoneTwice(token.Span, token.Text, clause, file.Describe(first)));
        else
            _committed[milestone] = token;
        return milestone;
    }
}

using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>Tracks items that a block may hold once (`availability`, `clock`, a calendar's `days` …) and reports a second one (PLG2012).</summary>
internal sealed class SingleItems(FileBinding file)
{
    private readonly Dictionary<string, SyntaxNode> _seen = new(StringComparer.Ordinal);

    /// <summary>True for the first item of a kind; reports and returns false for later ones.</summary>
    public bool First(string setting, SyntaxNode item)
    {
        if (_seen.TryGetValue(setting, out var first))
        {
            var at = item.FirstToken ?? (SyntaxElement)item;
            file.Diagnostics.Add(DiagnosticCatalogue.SettingTwice(at.Span, setting, file.Describe(first)));
            return false;
        }
        _seen[setting] = item;
        return true;
    }
}

using Pledge.Compiler.Semantics;
using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Binding;

/// <summary>
/// Reports causes, severities, calendars and parameters nothing uses (PLG2016, info level). Only files
/// with a `contract` header are checked: a library exists to be shared, and what one contract leaves
/// unused another may need. Text parameters are exempt: documents and certificates print them.
/// </summary>
internal static class UnusedDeclarationReporter
{
    public static void Report(FileBinding file, HashSet<Symbol> used)
    {
        if (file.Contract is null) return;
        foreach (var symbol in file.Declared)
        {
            var reportable = symbol switch
            {
                ParameterSymbol p => p.Type != ParameterType.Text,
                CauseSymbol or SeveritySymbol or CalendarSymbol => true,
                _ => false,
            };
            // A second declaration of a name is already PLG2002; calling it unused too would be noise.
            var duplicate = file.OwnNames.TryGetValue(symbol.Name, out var first) && !ReferenceEquals(first, symbol);
            if (reportable && !duplicate && !used.Contains(symbol))
                file.Diagnostics.Add(DiagnosticCatalogue.Unused(symbol.NameToken.Span, symbol.Kind.Keyword(), symbol.Name));
        }
    }
}

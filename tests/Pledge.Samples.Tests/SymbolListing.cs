using System.Text;
using Pledge.Compiler;

namespace Pledge.Samples.Tests;

/// <summary>The symbols a file declares, where, and how often each is referred to.</summary>
internal static class SymbolListing
{
    public static string Write(SemanticModel model)
    {
        var builder = new StringBuilder();
        foreach (var symbol in model.DeclaredSymbols.OrderBy(s => s.NameToken.Span.Start))
        {
            var position = model.SyntaxTree.Source.Lines.GetPosition(symbol.NameToken.Span.Start);
            var references = model.GetReferences(symbol).Length;
            builder.Append($"{symbol.Kind.ToString().ToLowerInvariant()} {symbol.Name} @{position} refs={references}\n");
        }
        return builder.ToString();
    }
}

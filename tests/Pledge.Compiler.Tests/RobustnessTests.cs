using Xunit;

namespace Pledge.Compiler.Tests;

/// <summary>Binding never throws, whatever error recovery leaves in the tree: damaged copies of a full contract.</summary>
public class RobustnessTests
{
    [Fact]
    public void Binding_survives_damaged_contracts()
    {
        var source = SymbolTests.ContractText;
        var random = new Random(20261122); // fixed: the same damage every run
        for (var i = 0; i < 400; i++)
        {
            var start = random.Next(source.Length);
            var length = random.Next(1, 40);
            var text = (i % 3) switch
            {
                0 => source.Remove(start, Math.Min(length, source.Length - start)),
                1 => source.Insert(start, source.Substring(random.Next(source.Length - length), length)),
                _ => source[..start],
            };
            var compilation = Compilation.FromText(text);
            var exception = Record.Exception(() =>
            {
                _ = compilation.GetDiagnostics();
                var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
                foreach (var symbol in model.Symbols) _ = model.GetReferences(symbol);
            });
            Assert.True(exception is null, $"binding threw on damage #{i}: {exception}\n---\n{text}");
        }
    }
}

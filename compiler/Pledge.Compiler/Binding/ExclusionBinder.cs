using System.Collections.Immutable;
using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Binding;

/// <summary>Binds a top-level exclusion: the causes it names and its prose.</summary>
internal static class ExclusionBinder
{
    public static void Bind(NameResolver names, ExclusionSymbol exclusion)
    {
        var causes = ImmutableArray.CreateBuilder<CauseSymbol>();
        var texts = ImmutableArray.CreateBuilder<LocalizedText>();
        foreach (var item in exclusion.Syntax.Body.Items)
        {
            switch (item)
            {
                case CausesItemSyntax c:
                    foreach (var token in c.Causes.Items)
                        if (names.Resolve<CauseSymbol>(token) is { } cause) causes.Add(cause);
                    break;
                case TextItemSyntax t:
                    texts.Add(names.File.Text(t.Text));
                    break;
            }
        }
        exclusion.Causes = causes.ToImmutable();
        exclusion.Texts = texts.ToImmutable();
    }
}

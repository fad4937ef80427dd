using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Binding;

/// <summary>
/// Binds all loaded files in passes, each linear in the size of the files: languages, declarations,
/// scopes, bodies, then unused declarations. Symbols are complete when it returns.
/// </summary>
internal static class CompilationBinder
{
    public static BoundCompilation Bind(IReadOnlyList<SourceFile> files)
    {
        var bindings = files.ToDictionary(f => f, f => new FileBinding(f));

        // Load order puts every file after the file that imported it first, so inherited languages are known.
        foreach (var file in files)
        {
            var binding = bindings[file];
            var own = SettingsBinder.ReadLanguages(binding);
            binding.Languages = !own.IsEmpty || file.LoadedBy is not { } importer || importer.Order >= file.Order
                ? own
                : bindings[importer].Languages;
        }

        foreach (var file in files)
        {
            SettingsBinder.Bind(bindings[file]);
            DeclarationBinder.Bind(bindings[file]);
        }

        var scopes = new ScopeBuilder(bindings);
        foreach (var file in files) scopes.Build(bindings[file]);

        var used = new HashSet<Symbol>();
        foreach (var file in files)
        {
            var binding = bindings[file];
            var names = new NameResolver(binding, used);
            foreach (var symbol in binding.Declared)
            {
                switch (symbol)
                {
                    case ExclusionSymbol e: ExclusionBinder.Bind(names, e); break;
                    case ClauseSymbol c: ClauseBinder.Bind(names, c); break;
                    case WarrantySymbol w: WarrantyBinder.Bind(names, w); break;
                }
            }
        }

        foreach (var file in files) UnusedDeclarationReporter.Report(bindings[file], used);

        return new BoundCompilation([.. files.Select(f => bindings[f])]);
    }
}

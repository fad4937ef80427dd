using Pledge.Compiler.Semantics;
using Xunit;
using static Pledge.Compiler.Tests.TestKit;

namespace Pledge.Compiler.Tests;

/// <summary>PLG2003 import not found, PLG2004 import cycle, diamonds, scopes across files.</summary>
public class ImportTests
{
    private const string Library = """
        languages zh-CN, en
        cause force_majeure "不可抗力" / "force majeure"
        severity critical "重大" / "Critical"
        severity minor "一般" / "Minor"
        """;

    [Fact]
    public void PLG2003_missing_import_is_reported_on_its_string()
    {
        using var dir = new TempDirectory();
        var main = dir.Write("main.sla", Header + "import \"missing.sla\"\n");
        var c = Compilation.Create([main]);
        var d = Single(c, "PLG2003");
        Assert.Contains("cannot read the imported file `missing.sla`: no such file", d.Message);
        Assert.Equal("\"missing.sla\"", SpanText(c, d));
    }

    [Fact]
    public void PLG2003_not_reported_for_an_existing_import()
    {
        using var dir = new TempDirectory();
        dir.Write("lib/common.sla", Library);
        var main = dir.Write("main.sla", Header + "import \"lib/common.sla\"\n");
        var c = Compilation.Create([main]);
        None(c, "PLG2003");
        Assert.Equal(2, c.SyntaxTrees.Length);
    }

    [Fact]
    public void PLG2003_from_text_resolves_imports_through_the_file_system()
    {
        var c = Compilation.FromText(Header + "import \"common.sla\"\n", "/nonexistent-pledge-dir/main.sla");
        Single(c, "PLG2003");
    }

    [Fact]
    public void PLG2004_cycle_a_b_a_is_named()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.sla", Header + "import \"b.sla\"\n");
        dir.Write("b.sla", "import \"a.sla\"\n");
        var c = Compilation.Create([a]);
        var d = Single(c, "PLG2004");
        Assert.Contains("`a.sla` → `b.sla` → `a.sla`", d.Message);
        Assert.EndsWith("b.sla", c.GetDiagnostics().Single(x => x.Diagnostic.Code == "PLG2004").Path);
        Assert.Equal(2, c.SyntaxTrees.Length);
    }

    [Fact]
    public void PLG2004_a_file_importing_itself()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.sla", Header + "import \"a.sla\"\n");
        Assert.Contains("`a.sla` → `a.sla`", Single(Compilation.Create([a]), "PLG2004").Message);
    }

    [Fact]
    public void PLG2004_not_reported_for_a_diamond_which_loads_the_shared_file_once()
    {
        using var dir = new TempDirectory();
        dir.Write("common.sla", Library);
        dir.Write("left.sla", "import \"common.sla\"\ncause left_cause \"左\" / \"left\"\n");
        dir.Write("right.sla", "import \"common.sla\"\ncause right_cause \"右\" / \"right\"\n");
        var main = dir.Write("main.sla", Header + "import \"left.sla\"\nimport \"right.sla\"\n" + """
            clause up "在线" / "Up" {
              exclude causes force_majeure, left_cause, right_cause
              matrix {
                severity | respond
                critical | 1 h
                minor    | 4 h
              }
            }
            """);
        var c = Compilation.Create([main]);
        None(c, "PLG2004");
        NoErrors(c);
        Assert.Equal(4, c.SyntaxTrees.Length);
        Assert.Single(c.SyntaxTrees, t => t.Path.EndsWith("common.sla", StringComparison.Ordinal));
        var model = c.GetSemanticModel(main);
        Assert.Single(model.Causes, s => s.Name == "force_majeure");
    }

    [Fact]
    public void A_root_that_is_also_imported_is_loaded_once()
    {
        using var dir = new TempDirectory();
        var common = dir.Write("common.sla", Library);
        var main = dir.Write("main.sla", Header + "import \"common.sla\"\n");
        var c = Compilation.Create([main, common, main]);
        Assert.Equal(2, c.SyntaxTrees.Length);
        Assert.Equal(2, c.RootTrees.Length);
    }

    [Fact]
    public void Imported_names_resolve_and_are_visible_transitively()
    {
        using var dir = new TempDirectory();
        dir.Write("common.sla", Library);
        dir.Write("middle.sla", "import \"common.sla\"\n");
        var main = dir.Write("main.sla", Header + "import \"middle.sla\"\nclause up \"在线\" / \"Up\" { exclude causes force_majeure }\n");
        var c = Compilation.Create([main]);
        NoErrors(c);
        var clause = c.GetSemanticModel(main).Clauses.Single();
        Assert.Equal("force_majeure", clause.ExcludedCauses.Single().Name);
        Assert.EndsWith("common.sla", clause.ExcludedCauses.Single().Path);
    }

    [Fact]
    public void Importing_file_cannot_be_seen_from_the_library()
    {
        using var dir = new TempDirectory();
        dir.Write("lib.sla", "clause lib_clause \"库\" / \"Lib\" { exclude causes main_cause }\n");
        var main = dir.Write("main.sla", Header + "import \"lib.sla\"\ncause main_cause \"主\" / \"main\"\n");
        var c = Compilation.Create([main]);
        var d = c.GetDiagnostics().Single(x => x.Diagnostic.Code == "PLG2001");
        Assert.EndsWith("lib.sla", d.Path);
    }

    [Fact]
    public void PLG2002_own_declaration_clashes_with_an_imported_one()
    {
        using var dir = new TempDirectory();
        dir.Write("common.sla", Library);
        var main = dir.Write("main.sla", Header + "import \"common.sla\"\ncause force_majeure \"又\" / \"again\"\n");
        var d = Single(Compilation.Create([main]), "PLG2002");
        Assert.Contains("already declared at `common.sla` 2:7", d.Message);
    }

    [Fact]
    public void PLG2002_two_imports_declaring_the_same_name()
    {
        using var dir = new TempDirectory();
        dir.Write("a.sla", "cause shared \"甲\" / \"a\"\n");
        dir.Write("b.sla", "cause shared \"乙\" / \"b\"\n");
        var main = dir.Write("main.sla", Header + "import \"a.sla\"\nimport \"b.sla\"\n");
        var c = Compilation.Create([main]);
        var d = Single(c, "PLG2002");
        Assert.Contains("`shared` is declared both at `a.sla` 1:7 and at `b.sla` 1:7", d.Message);
        Assert.Equal("\"b.sla\"", SpanText(c, d));
    }

    [Fact]
    public void Library_texts_keep_their_own_languages()
    {
        using var dir = new TempDirectory();
        dir.Write("common.sla", "languages en, zh-CN\ncause force_majeure \"force majeure\" / \"不可抗力\"\n");
        var main = dir.Write("main.sla", Header + "import \"common.sla\"\nclause up \"在线\" / \"Up\" { exclude causes force_majeure }\n");
        var cause = Compilation.Create([main]).GetSemanticModel(main).Causes.Single();
        Assert.Equal("不可抗力", cause.Title.Get("zh-CN"));
        Assert.Equal("force majeure", cause.Title.Get("en"));
    }

    [Fact]
    public void Library_without_languages_inherits_the_importers()
    {
        using var dir = new TempDirectory();
        dir.Write("common.sla", "cause force_majeure \"不可抗力\" / \"force majeure\"\n");
        var main = dir.Write("main.sla", Header + "import \"common.sla\"\n");
        var c = Compilation.Create([main]);
        var library = c.GetSemanticModel(Path.Combine(dir.Path, "common.sla"));
        Assert.Equal(["zh-CN", "en"], library.Languages.AsEnumerable());
        Assert.Equal("force majeure", library.Causes.Single().Title.Get("en"));
        Assert.Null(library.Contract);
    }

    [Fact]
    public void Root_that_cannot_be_read_throws_PledgeIOException()
    {
        using var dir = new TempDirectory();
        var missing = Path.Combine(dir.Path, "nope.sla");
        var e = Assert.Throws<PledgeIOException>(() => Compilation.Create([missing]));
        Assert.Equal(missing, e.Path);
        Assert.Equal("no such file", e.Reason);
    }

    [Fact]
    public void Editor_documents_override_the_file_system()
    {
        using var dir = new TempDirectory();
        var lib = dir.Write("common.sla", Library);
        var main = dir.Write("main.sla", "// stale on disk\n");
        var provider = InMemorySourceProvider.WithFileSystem(new Dictionary<string, string>
        {
            [main] = Header + "import \"common.sla\"\nclause up \"在线\" / \"Up\" { exclude causes edited_cause }\n",
            [lib] = Library + "\ncause edited_cause \"新\" / \"new\"\n",
        });
        var c = Compilation.Create([main], provider);
        NoErrors(c);
    }

    [Fact]
    public void Symbol_kinds_are_complete_in_lookup()
    {
        using var dir = new TempDirectory();
        dir.Write("common.sla", Library);
        var main = dir.Write("main.sla", Header + "import \"common.sla\"\ncause own \"自\" / \"own\"\n");
        var model = Compilation.Create([main]).GetSemanticModel(main);
        Assert.Equal(["own", "force_majeure"], model.LookupSymbols(SymbolKind.Cause).Select(s => s.Name));
        Assert.Equal(["critical", "minor"], model.Severities.Select(s => s.Name));
        Assert.Equal([0, 1], model.Severities.Select(s => s.Rank));
    }
}

using Xunit;

namespace Pledge.Compiler.Tests;

/// <summary>The example contracts bind without errors (their expected findings are consistency checks, not names).</summary>
public class ExampleTests
{
    private static string ExamplesDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "examples"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? ".", "examples");
    }

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        var root = ExamplesDirectory();
        if (!Directory.Exists(root)) return data;
        foreach (var file in Directory.EnumerateFiles(root, "*.sla", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_has_no_name_errors(string relativePath)
    {
        var compilation = Compilation.Create([Path.Combine(ExamplesDirectory(), relativePath)]);
        var errors = compilation.GetDiagnostics().Where(d => d.Diagnostic.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

namespace Pledge.Samples.Tests;

/// <summary>
/// One folder of tests/Samples: one or more `.sla` files checked together, each with its expected
/// `.diagnostics`, `.formatted` and `.symbols` files beside it.
/// </summary>
public sealed class SampleFolder(string name, string path)
{
    public string Name { get; } = name;
    public string Path { get; } = path;

    public IReadOnlyList<string> SourceFiles =>
        Directory.EnumerateFiles(Path, "*.sla").Order(StringComparer.Ordinal).ToList();

    public override string ToString() => Name;

    public static string Root { get; } = FindRoot();

    public static IEnumerable<object[]> All() =>
        Directory.EnumerateDirectories(System.IO.Path.Combine(Root, "tests", "Samples"))
            .Order(StringComparer.Ordinal)
            .Select(d => new object[] { System.IO.Path.GetFileName(d) });

    public static SampleFolder Named(string name) => new(name, System.IO.Path.Combine(Root, "tests", "Samples", name));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Dsl.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("the repository root (Dsl.sln) was not found");
    }
}

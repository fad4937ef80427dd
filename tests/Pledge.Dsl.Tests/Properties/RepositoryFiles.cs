namespace Pledge.Dsl.Tests.Properties;

/// <summary>Finds files of the repository (examples, samples) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dsl.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("the repository root (Dsl.sln) was not found");
    }

    /// <summary>Every .sla file under examples/ and tests/Samples/, sorted.</summary>
    public static IReadOnlyList<string> SlaFiles() =>
        new[] { "examples", Path.Combine("tests", "Samples") }
            .Select(d => Path.Combine(Root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.sla", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
}

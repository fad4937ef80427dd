namespace Pledge.Build.Tests;

/// <summary>
/// Builds compiler/Pledge.Build (Release) once for all tests and says where its targets and task assembly are.
/// After the solution build of scripts/test.sh this is an up-to-date check of a few seconds.
/// </summary>
public sealed class TaskBuild
{
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    public TaskBuild()
    {
        RepositoryRoot = FindRepositoryRoot();
        var projectDirectory = Path.Combine(RepositoryRoot, "compiler", "Pledge.Build");
        var run = DotnetRun.Start(projectDirectory, BuildTimeout, "build", "Pledge.Build.csproj", "-c", "Release", "-nologo", "-v:q");
        if (run.ExitCode != 0) throw new InvalidOperationException($"building Pledge.Build failed:\n{run}");
        PropsFile = Path.Combine(projectDirectory, "build", "Pledge.Build.props");
        TargetsFile = Path.Combine(projectDirectory, "build", "Pledge.Build.targets");
        TaskAssembly = Path.Combine(projectDirectory, "bin", "Release", "net10.0", "Pledge.Build.dll");
        if (!File.Exists(TaskAssembly)) throw new InvalidOperationException($"the build did not produce {TaskAssembly}");
    }

    public string RepositoryRoot { get; }

    public string PropsFile { get; }

    public string TargetsFile { get; }

    public string TaskAssembly { get; }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dsl.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Dsl.sln above {AppContext.BaseDirectory}");
    }
}

[CollectionDefinition(Name)]
public sealed class TaskBuildCollection : ICollectionFixture<TaskBuild>
{
    public const string Name = "Pledge.Build task";
}

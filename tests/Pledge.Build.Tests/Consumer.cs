using System.Security;
using System.Text;

namespace Pledge.Build.Tests;

/// <summary>
/// A plain Microsoft.NET.Sdk library in a fresh temp folder that imports the repository's Pledge.Build.props at
/// the top and Pledge.Build.targets at the bottom, with <c>PledgeTaskAssembly</c> pointing at the built task.
/// Its nuget.config lists no source: restoring it needs nothing but the SDK.
/// </summary>
public sealed class Consumer : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public Consumer(TaskBuild task, string extraProjectContent = "")
    {
        Root = Path.Combine(Path.GetTempPath(), "pledge-build-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("nuget.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Escape(task.PropsFile)}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PledgeTaskAssembly>{Escape(task.TaskAssembly)}</PledgeTaskAssembly>
              </PropertyGroup>
              {extraProjectContent}
              <Import Project="{Escape(task.TargetsFile)}" />
            </Project>
            """);
        Write("Class1.cs", "namespace Consumer;\npublic static class Class1 { }\n");
    }

    public string Root { get; }

    public string StampFile => Path.Combine(Root, "obj", "Debug", "net10.0", "pledge.check.stamp");

    public string Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, Utf8NoBom);
        return full;
    }

    /// <summary>`dotnet build` (restoring first unless told not to) at minimal verbosity, or at the one given.</summary>
    public DotnetRun Build(bool restore = true, string verbosity = "m") =>
        DotnetRun.Start(Root, Timeout, restore
            ? ["build", "Consumer.csproj", "-nologo", $"-v:{verbosity}"]
            : ["build", "Consumer.csproj", "--no-restore", "-nologo", $"-v:{verbosity}"]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is not a test failure.
        }
    }

    private static string Escape(string path) => SecurityElement.Escape(path);
}

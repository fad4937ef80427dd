using System.Diagnostics;
using System.Text;

namespace Pledge.Build.Tests;

/// <summary>The outcome of one `dotnet` child process: exit code and the interleaved stdout and stderr.</summary>
public sealed record DotnetRun(int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:F1} s\n{Output}";

    /// <summary>
    /// Runs `dotnet ARGS` in <paramref name="workingDirectory"/> with telemetry, node reuse and the compiler server
    /// off (no process outlives the build), and kills the process tree after <paramref name="timeout"/>.
    /// </summary>
    public static DotnetRun Start(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.ArgumentList.Add("-p:UseSharedCompilation=false");

        // `dotnet test` exports MSBuild's own location and SDK paths to its children; a nested build must find its own.
        foreach (var name in info.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MSBUILD", StringComparison.Ordinal))
                info.Environment.Remove(name);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // Plain console logger: no terminal logger rewriting lines.
        info.Environment["MSBUILDTERMINALLOGGER"] = "off";

        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"`dotnet {string.Join(' ', args)}` did not finish in {timeout.TotalSeconds} s:\n{output}");
        }
        process.WaitForExit(); // drains the asynchronous readers
        lock (output) return new DotnetRun(process.ExitCode, output.ToString(), watch.Elapsed);
    }
}

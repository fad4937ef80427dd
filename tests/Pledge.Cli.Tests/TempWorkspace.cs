using System.Text;

namespace Pledge.Cli.Tests;

/// <summary>
/// A fresh folder per test, used as the CLI's working directory. The working directory is passed in the
/// <see cref="CliContext"/> rather than set on the process, so tests can run in parallel.
/// </summary>
public sealed class TempWorkspace : IDisposable
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "pledge-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));

    public CliRun Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = Program.Run(args, new CliContext(stdout, stderr, Root, ColorSupported: false));
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

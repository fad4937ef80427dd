namespace Pledge.Compiler.Documents.Pdf;

/// <summary>
/// Where Chromium is: `PLEDGE_CHROMIUM` when set, else Debian's /usr/bin/chromium. Playwright never downloads
/// a browser of its own here: it drives this executable.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "PLEDGE_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    public const string InstallHint =
        "apt-get install chromium fonts-noto-cjk fonts-wqy-microhei fonts-nanum (or set PLEDGE_CHROMIUM to a Chromium executable), or write HTML with `-o FILE.html`";

    /// <summary>The configured path, whether or not it exists.</summary>
    public static string ConfiguredPath => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsAvailable => File.Exists(ConfiguredPath);

    /// <exception cref="ChromiumNotFoundException">the executable does not exist.</exception>
    public static string Find() => IsAvailable
        ? ConfiguredPath
        : throw new ChromiumNotFoundException($"PDF output needs Chromium, which is not at {ConfiguredPath}: {InstallHint}");
}

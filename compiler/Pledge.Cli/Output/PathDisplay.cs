namespace Pledge.Cli.Output;

/// <summary>How a file is named in output: relative to the working directory when under it, else absolute.</summary>
public static class PathDisplay
{
    public static string Show(string path, string workingDirectory)
    {
        if (string.IsNullOrEmpty(path)) return path;
        var full = Path.GetFullPath(path, workingDirectory);
        var relative = Path.GetRelativePath(workingDirectory, full);
        // GetRelativePath climbs with "..": a path outside the working directory is clearer in full.
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                      || Path.IsPathRooted(relative);
        return outside ? full : relative;
    }

    /// <summary>A SARIF artifact URI: relative (percent-encoded, forward slashes) or an absolute file URI.</summary>
    public static string ToUri(string shownPath)
    {
        if (Path.IsPathRooted(shownPath)) return new Uri(shownPath).AbsoluteUri;
        var segments = shownPath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}

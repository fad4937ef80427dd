namespace Pledge.Cli.Input;

/// <summary>
/// Turns the PATH arguments into the list of .sla files to process: files as given, folders searched recursively.
/// The result is de-duplicated and sorted ordinally so that output never depends on the file system's order.
/// Any bad input is a usage error: checking fewer files than asked must not look like success.
/// </summary>
public static class SourceFileResolver
{
    public const string Extension = ".sla";

    public static IReadOnlyList<string> Resolve(IEnumerable<string> paths, string workingDirectory)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                if (!HasSlaExtension(full))
                    throw new CliUsageException($"`{path}` is not a {Extension} file");
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                var found = FindInFolder(full, path);
                if (found.Count == 0)
                    throw new CliUsageException($"no {Extension} files found in `{path}`");
                files.UnionWith(found);
            }
            else if (path.StartsWith('-'))
            {
                // System.CommandLine passes an unknown option through as a path; say what it really is.
                throw new CliUsageException($"unknown option `{path}`");
            }
            else
            {
                throw new CliUsageException($"`{path}` does not exist");
            }
        }
        if (files.Count == 0)
            throw new CliUsageException($"no {Extension} files to process");
        return files.ToList();
    }

    private static List<string> FindInFolder(string folder, string shownAs)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            // An unreadable sub-folder is reported below rather than silently skipped.
            IgnoreInaccessible = false,
            // Hidden folders such as .git and bin/obj copies are not contracts of the project.
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        try
        {
            return Directory.EnumerateFiles(folder, "*" + Extension, options)
                .Where(HasSlaExtension)
                .Where(f => !IsInBuildOutput(folder, f))
                .ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new CliUsageException($"cannot read folder `{shownAs}`: {e.Message}");
        }
    }

    // "*.sla" also matches "x.slax" on some platforms' 8.3 rules; the extension check is exact.
    private static bool HasSlaExtension(string path) =>
        string.Equals(Path.GetExtension(path), Extension, StringComparison.OrdinalIgnoreCase);

    // Build outputs copy sample contracts next to the binaries; checking them twice would double every error.
    private static bool IsInBuildOutput(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file);
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Take(parts.Length - 1).Any(p => p is "bin" or "obj" or "node_modules");
    }
}

namespace Pledge.LanguageServer.Workspace;

/// <summary>
/// Between the client's URIs and the compiler's full paths. `file:` URIs map to their local path; any other
/// scheme (an unsaved `untitled:` buffer) gets a stable made-up path under a folder that does not exist, so
/// its imports resolve nowhere rather than somewhere surprising.
/// </summary>
public static class DocumentUris
{
    private const string VirtualRoot = "/.pledge-virtual/";

    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
            return Path.GetFullPath(parsed.LocalPath);
        var name = new string([.. uri.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
        return Path.GetFullPath(VirtualRoot + name);
    }

    /// <summary>The URI of a path that no open document names (an imported file on disk).</summary>
    public static string FromPath(string path) => new Uri(path).AbsoluteUri;
}

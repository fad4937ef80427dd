using System.Collections.Immutable;
using Pledge.Dsl.Text;
using Pledge.LanguageServer.Protocol.Types;

namespace Pledge.LanguageServer.Workspace;

/// <summary>
/// The mutable side of the workspace: notifications (open, change, close, files changed on disk) replace
/// the current <see cref="WorkspaceSnapshot"/>. Notifications arrive in order on one thread; requests read
/// <see cref="Current"/> from any thread.
/// </summary>
public sealed class DocumentStore
{
    private readonly object _gate = new();
    private WorkspaceSnapshot _current = WorkspaceSnapshot.Empty;

    public WorkspaceSnapshot Current
    {
        get { lock (_gate) return _current; }
    }

    public event Action<WorkspaceSnapshot>? Changed;

    public void SetRootFolders(IEnumerable<string> folders) => Update(s => s with { RootFolders = [.. folders] });

    public void Open(string uri, int version, string text)
    {
        var path = DocumentUris.ToPath(uri);
        Update(s => s with { DocumentsByPath = s.DocumentsByPath.SetItem(path, new OpenDocument(uri, path, version, text)) });
    }

    /// <summary>Applies the changes in order: a change without a range replaces the text (full sync).</summary>
    public void Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var path = DocumentUris.ToPath(uri);
        Update(s =>
        {
            if (!s.DocumentsByPath.TryGetValue(path, out var document)) return s;
            var text = document.Text;
            foreach (var change in changes) text = Apply(text, change);
            return s with { DocumentsByPath = s.DocumentsByPath.SetItem(path, document with { Version = version, Text = text }) };
        });
    }

    public void Close(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        Update(s => s with { DocumentsByPath = s.DocumentsByPath.Remove(path) });
    }

    /// <summary>Files on disk changed (saved, created, deleted): compilations that read the disk are stale.</summary>
    public void DiskChanged() => Update(s => s with { DiskGeneration = s.DiskGeneration + 1 });

    private void Update(Func<WorkspaceSnapshot, WorkspaceSnapshot> change)
    {
        WorkspaceSnapshot next;
        lock (_gate)
        {
            next = change(_current);
            if (ReferenceEquals(next, _current)) return;
            next = next with { Version = _current.Version + 1 };
            _current = next;
        }
        Changed?.Invoke(next);
    }

    private static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null) return change.Text;
        var lines = new LineMap(text);
        var start = lines.GetOffset(new LinePosition(change.Range.Start.Line, change.Range.Start.Character));
        var end = Math.Max(start, lines.GetOffset(new LinePosition(change.Range.End.Line, change.Range.End.Character)));
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }
}

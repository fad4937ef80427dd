namespace Pledge.LanguageServer.Workspace;

/// <summary>One document the client has open: the text it holds, which is what the server reads instead of the disk.</summary>
public sealed record OpenDocument(string Uri, string Path, int Version, string Text);

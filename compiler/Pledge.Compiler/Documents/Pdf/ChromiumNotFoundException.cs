namespace Pledge.Compiler.Documents.Pdf;

/// <summary>No Chromium to print with. The message is one line that says how to get PDF, or how to do without.</summary>
public sealed class ChromiumNotFoundException(string message) : Exception(message);

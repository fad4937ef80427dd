namespace Pledge.Compiler.Documents.Locales;

/// <summary>A locale that does not exist, or a phrase file that lacks an entry or is malformed.</summary>
public sealed class LocaleException(string message) : Exception(message);

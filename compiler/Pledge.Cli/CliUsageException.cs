namespace Pledge.Cli;

/// <summary>
/// A problem with what the user asked for (a path that does not exist, a file that cannot be read). Its message is
/// printed as one line, <c>pledge: error: …</c>, and the process exits with <see cref="ExitCodes.Usage"/>.
/// </summary>
public sealed class CliUsageException(string message) : Exception(message);

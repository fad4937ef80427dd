using Pledge.LanguageServer.Server;

// The protocol owns stdout: anything else that writes to Console.Out (a library, a stray debug line) goes to stderr.
var stdout = Console.OpenStandardOutput();
Console.SetOut(Console.Error);

using var server = new LanguageServer(Console.OpenStandardInput(), stdout);
var exitCode = await server.RunAsync();
return exitCode;

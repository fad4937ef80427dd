namespace Pledge.Cli.Output;

/// <summary>The values of <c>--format</c>, and the writer for each.</summary>
public static class OutputFormat
{
    public const string Text = "text";
    public const string Json = "json";
    public const string MsBuild = "msbuild";
    public const string Sarif = "sarif";

    public static readonly string[] All = [Text, Json, MsBuild, Sarif];

    public static IDiagnosticWriter CreateWriter(string format, bool color) => format switch
    {
        Json => new JsonDiagnosticWriter(),
        MsBuild => new MsBuildDiagnosticWriter(),
        Sarif => new SarifDiagnosticWriter(),
        _ => new TextDiagnosticWriter(color),
    };
}

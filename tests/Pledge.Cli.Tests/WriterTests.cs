using System.Text.Json;
using Pledge.Cli.Output;
using Pledge.Compiler;
using Pledge.Dsl.Diagnostics;
using Pledge.Dsl.Text;

namespace Pledge.Cli.Tests;

/// <summary>
/// The writers over hand-made diagnostics, so that positions, carets and fixes are tested exactly,
/// independently of what the parser reports.
/// </summary>
public sealed class WriterTests
{
    private const string WorkingDirectory = "/work";

    private static ReportedDiagnostic Report(string text, string marked, CodeFix? fix = null, int occurrence = 0, string? hint = "do this instead")
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++) start = text.IndexOf(marked, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, $"`{marked}` not in the text");
        var source = new SourceText("/work/contracts/idc.sla", text);
        var diagnostic = new Diagnostic(DiagnosticCatalogue.UnexpectedToken, DiagnosticLevel.Error, new TextSpan(start, marked.Length),
            $"unexpected `{marked}`", hint, fix);
        return ReportedDiagnostic.From(new FileDiagnostic(source, diagnostic), WorkingDirectory);
    }

    private static string Render(IDiagnosticWriter writer, params ReportedDiagnostic[] diagnostics)
    {
        var output = new StringWriter { NewLine = "\n" };
        writer.Write(output, diagnostics, fileCount: 1);
        return output.ToString();
    }

    [Fact]
    public void Positions_are_1_based_with_an_exclusive_end()
    {
        var d = Report("contract idc\n  clause oops {\n", "oops");
        Assert.Equal((2, 10, 2, 14), (d.Line, d.Column, d.EndLine, d.EndColumn));
        Assert.Equal(Path.Combine("contracts", "idc.sla"), d.File);
    }

    [Fact]
    public void Text_format_has_location_line_source_carets_help_and_summary()
    {
        var text = Render(new TextDiagnosticWriter(color: false), Report("contract idc\n  clause oops {\n", "oops"));

        var sep = Path.DirectorySeparatorChar;
        string[] expected =
        [
            $"contracts{sep}idc.sla:2:10: error PLG1001: unexpected `oops`",
            "   2 |   clause oops {",
            "     |          ^~~~",
            "  = help: do this instead",
            "",
            "1 error, 0 warnings in 1 file",
            "",
        ];
        Assert.Equal(string.Join("\n", expected), text);
    }

    [Fact]
    public void Caret_is_under_the_span_on_a_CJK_line()
    {
        // Each of the eight CJK characters takes two terminal columns.
        var d = Report("contract idc \"服务品质保证书\" / \"网络联通\" oops\n", "oops");
        var (_, source, carets) = TextDiagnosticWriter.Snippet(d);

        Assert.Equal(TerminalWidth.Of("contract idc \"服务品质保证书\" / \"网络联通\" "), carets.IndexOf('^'));
        Assert.Equal(13 + 16 + 3 + 10 + 1, carets.IndexOf('^'));
        Assert.Equal("^~~~", carets.TrimStart());
        // The span ends the line, so the caret line is exactly as wide as the displayed source line.
        Assert.Equal(TerminalWidth.Of(source), carets.Length);
    }

    [Fact]
    public void Carets_cover_CJK_text_in_display_columns()
    {
        var d = Report("cause c \"网络联通\"\n", "网络联通");
        var (_, _, carets) = TextDiagnosticWriter.Snippet(d);
        Assert.Equal(new string(' ', 9) + "^" + new string('~', 7), carets);
    }

    [Fact]
    public void Tabs_are_expanded_in_the_source_and_the_caret_line_alike()
    {
        var d = Report("\tclause\toops\n", "oops");
        var (_, source, carets) = TextDiagnosticWriter.Snippet(d);
        Assert.Equal("    clause  oops", source);
        Assert.Equal("            ^~~~", carets);
    }

    [Fact]
    public void An_empty_span_gets_one_caret_and_a_span_over_lines_is_cut_at_the_line_end()
    {
        var source = new SourceText("/work/a.sla", "clause c {\n  x\n");
        var empty = new Diagnostic(DiagnosticCatalogue.MissingCloseBrace, DiagnosticLevel.Error, new TextSpan(10, 0), "missing");
        var (_, _, carets) = TextDiagnosticWriter.Snippet(ReportedDiagnostic.From(new FileDiagnostic(source, empty), WorkingDirectory));
        Assert.Equal(new string(' ', 10) + "^", carets);

        var multi = empty with { Span = new TextSpan(7, 8) };
        (_, _, carets) = TextDiagnosticWriter.Snippet(ReportedDiagnostic.From(new FileDiagnostic(source, multi), WorkingDirectory));
        Assert.Equal("       ^~~", carets);
    }

    [Fact]
    public void Color_is_only_written_when_asked()
    {
        var d = Report("x oops\n", "oops");
        Assert.DoesNotContain("\e[", Render(new TextDiagnosticWriter(color: false), d));
        Assert.Contains("\e[1;31m", Render(new TextDiagnosticWriter(color: true), d));
    }

    [Fact]
    public void Summary_counts_each_severity_and_the_files()
    {
        var error = Report("x oops\n", "oops");
        var warning = error with { Diagnostic = error.Diagnostic.WithLevel(DiagnosticLevel.Warning) };
        var info = error with { Diagnostic = error.Diagnostic.WithLevel(DiagnosticLevel.Info) };
        Assert.Equal("2 errors, 1 warning in 3 files", TextDiagnosticWriter.Summary([error, error, warning], 3));
        Assert.Equal("0 errors, 0 warnings, 1 info in 1 file", TextDiagnosticWriter.Summary([info], 1));
    }

    [Fact]
    public void MsBuild_line_carries_the_range_and_the_hint()
    {
        var line = MsBuildDiagnosticWriter.Format(Report("x\n  oops\n", "oops"));
        Assert.Equal($"contracts{Path.DirectorySeparatorChar}idc.sla(2,3,2,7): error PLG1001: unexpected `oops` [do this instead]", line);
    }

    [Fact]
    public void Json_writes_null_hint_and_fix_and_the_fix_edits_when_present()
    {
        var text = "languages zh-CN, en\n";
        var fix = CodeFix.Replace("write `en`", new TextSpan(17, 2), "en", isSafe: true);
        var plain = Report(text, "zh-CN", hint: null);
        var fixedOne = Report(text, "en", fix, occurrence: 0);

        var json = JsonDocument.Parse(Render(new JsonDiagnosticWriter(), plain, fixedOne)).RootElement;

        Assert.Equal(JsonValueKind.Null, json[0].GetProperty("hint").ValueKind);
        Assert.Equal(JsonValueKind.Null, json[0].GetProperty("fix").ValueKind);
        var f = json[1].GetProperty("fix");
        Assert.Equal("write `en`", f.GetProperty("title").GetString());
        Assert.True(f.GetProperty("safe").GetBoolean());
        var edit = f.GetProperty("edits")[0];
        Assert.Equal((1, 18, 1, 20, "en"), (edit.GetProperty("line").GetInt32(), edit.GetProperty("column").GetInt32(),
            edit.GetProperty("endLine").GetInt32(), edit.GetProperty("endColumn").GetInt32(), edit.GetProperty("newText").GetString()));
    }

    [Fact]
    public void Json_keeps_CJK_text_readable()
    {
        var json = Render(new JsonDiagnosticWriter(), Report("cause c \"网络\"\n", "网络"));
        Assert.Contains("unexpected `网络`", json);
    }

    [Fact]
    public void Sarif_writes_fixes_as_replacements()
    {
        var fix = CodeFix.Replace("write `en`", new TextSpan(17, 2), "en");
        var log = JsonDocument.Parse(Render(new SarifDiagnosticWriter(), Report("languages zh-CN, en\n", "en", fix))).RootElement;
        var change = log.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        Assert.Equal("contracts/idc.sla", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = change.GetProperty("replacements")[0];
        Assert.Equal(18, replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32());
        Assert.Equal("en", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }
}

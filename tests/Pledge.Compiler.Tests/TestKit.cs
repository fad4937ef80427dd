using Pledge.Compiler;
using Pledge.Dsl.Diagnostics;
using Xunit;

namespace Pledge.Compiler.Tests;

/// <summary>Compiles snippets and asserts on diagnostic codes.</summary>
internal static class TestKit
{
    /// <summary>A contract header with the settings most tests need.</summary>
    public const string Header = """
        contract test "测试" / "Test"
        languages zh-CN, en
        timezone "Asia/Shanghai"
        currency CNY

        """;

    public static Compilation Compile(string text) => Compilation.FromText(text);

    /// <summary>Compiles the header plus <paramref name="body"/>.</summary>
    public static Compilation CompileContract(string body) => Compile(Header + body);

    public static IReadOnlyList<Diagnostic> Diagnostics(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Select(d => d.Diagnostic)];

    public static IReadOnlyList<Diagnostic> WithCode(Compilation compilation, string code) =>
        [.. Diagnostics(compilation).Where(d => d.Code == code)];

    public static Diagnostic Single(Compilation compilation, string code)
    {
        var found = WithCode(compilation, code);
        Assert.True(found.Count == 1, $"expected one {code}, got {found.Count}:\n{Dump(compilation)}");
        return found[0];
    }

    public static void None(Compilation compilation, string code)
    {
        var found = WithCode(compilation, code);
        Assert.True(found.Count == 0, $"expected no {code}:\n{Dump(compilation)}");
    }

    /// <summary>No error-level diagnostics at all (syntax included).</summary>
    public static void NoErrors(Compilation compilation) =>
        Assert.True(!compilation.GetDiagnostics().Any(d => d.Diagnostic.IsError), "expected no errors:\n" + Dump(compilation));

    public static string Dump(Compilation compilation) =>
        string.Join("\n", compilation.GetDiagnostics().Select(d => d.ToString()));

    /// <summary>The text the diagnostic's span covers.</summary>
    public static string SpanText(Compilation compilation, Diagnostic diagnostic) =>
        compilation.SyntaxTrees[0].Source.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
}

using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pledge.Compiler.Emit;
using Xunit;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>Emitted code reaches only the runtime and a few base types; anything else is refused before compiling.</summary>
public class EmittedCodePolicyTests
{
    [Fact]
    public void The_examples_keep_to_the_policy_and_reference_only_the_runtime_and_the_base_library()
    {
        var root = EngineKit.RepositoryRoot();
        foreach (var path in new[] { "examples/idc/idc-guarantee.sla", "examples/software/maintenance.sla", "examples/low-voltage/after-sales.sla" })
        {
            var emitted = EvaluatorEmitter.Emit(EngineKit.ModelOfFile(Path.Combine(root, path)));
            var compilation = EvaluatorCompiler.CreateCompilation(emitted, "Policy.Test");
            Assert.Empty(EmittedCodePolicy.Check(compilation));
            var referenced = compilation.References.Select(r => Path.GetFileNameWithoutExtension(r.Display!)).Order().ToList();
            Assert.Equal(["NodaTime", "Pledge.Runtime", "System.Collections", "System.Collections.Immutable", "System.Private.CoreLib", "System.Runtime", "System.Runtime.Numerics"], referenced);
            var usings = CSharpSyntaxTree.ParseText(emitted.Source).GetRoot().DescendantNodes().OfType<UsingDirectiveSyntax>().Select(u => u.Name!.ToString());
            Assert.DoesNotContain(usings, u => u.StartsWith("System.IO", StringComparison.Ordinal) || u.Contains("Reflection", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// APIs in the referenced assemblies (files, reflection, the environment, the runtime's file reader) are refused by
    /// the policy; those in assemblies that are not referenced at all (processes, sockets, the console) do not even
    /// compile. Either way no image is produced.
    /// </summary>
    [Theory]
    [InlineData("System.IO.File.Delete(\"x\");", "System.IO.File")]
    [InlineData("var t = typeof(string).Assembly;", "System.Type")]
    [InlineData("System.Environment.Exit(1);", "System.Environment")]
    [InlineData("Pledge.Runtime.Incidents.IncidentLogReader.Read(\"/etc/passwd\");", "IncidentLogReader")]
    [InlineData("var o = System.Activator.CreateInstance(typeof(object));", "System.Activator")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\");", null)]
    [InlineData("var s = new System.Net.Sockets.Socket(default, default, default);", null)]
    [InlineData("System.Console.WriteLine(\"hi\");", null)]
    public void Code_that_reaches_out_is_refused(string statement, string? reported)
    {
        var source = $$"""
            namespace Pledge.Evaluators;
            public sealed class Hostile
            {
                public static void Run()
                {
                    {{statement}}
                }
            }
            """;
        var emitted = new EmittedEvaluator("hostile", "Pledge.Evaluators", "Hostile", source);
        var error = Assert.Throws<EmitException>(() => EvaluatorCompiler.Compile(emitted, "Policy.Hostile"));
        if (reported is null)
        {
            Assert.Contains("does not compile", error.Message, StringComparison.Ordinal);
            return;
        }
        var violations = EmittedCodePolicy.Check(EvaluatorCompiler.CreateCompilation(emitted, "Policy.Hostile"));
        Assert.Contains(violations, v => v.Contains(reported, StringComparison.Ordinal));
        Assert.Contains("policy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_and_unsafe_code_are_refused()
    {
        var source = """
            namespace Pledge.Evaluators;
            public sealed class Hostile
            {
                [System.Runtime.InteropServices.DllImport("libc")] public static extern int getpid();
                public static unsafe void Run() { int x = 0; int* p = &x; }
            }
            """;
        var violations = EmittedCodePolicy.Check(EvaluatorCompiler.CreateCompilation(new EmittedEvaluator("h", "Pledge.Evaluators", "Hostile", source), "Policy.Unsafe"));
        Assert.Contains(violations, v => v.Contains("attribute", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("unsafe", StringComparison.Ordinal));
    }
}

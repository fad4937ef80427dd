using System.CommandLine;
using System.Text;
using Pledge.Cli.Input;
using Pledge.Cli.Output;
using Pledge.Compiler;
using Pledge.Compiler.Emit;

namespace Pledge.Cli.Commands;

/// <summary>
/// <c>pledge build CONTRACT.sla -o DIR</c>: lowers the contract to its evaluator and writes the C# (<c>ClassName.cs</c>,
/// for review) and the compiled assembly (<c>Pledge.Evaluators.ClassName.dll</c>, referenced by programs that embed
/// it next to Pledge.Runtime; see docs/evaluation.md). Exit 0 when written, 1 when the contract has errors, 2 for a
/// usage problem.
/// </summary>
public static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var contract = new Argument<string>("CONTRACT") { Description = "The .sla contract to compile" };
        var output = new Option<string>("--output", "-o") { Description = "The directory to write the .cs and the .dll to", Required = true, HelpName = "DIR" };
        var command = new Command("build", "Compile a contract into a .NET evaluator assembly (and its C# source)") { contract, output };
        command.SetAction(result => Run(context, result.GetValue(contract)!, result.GetValue(output)!));
        return command;
    }

    public static int Run(CliContext context, string contractPath, string outputDirectory)
    {
        var files = SourceFileResolver.Resolve([contractPath], context.WorkingDirectory);
        if (files.Count != 1) throw new CliUsageException($"`{contractPath}` names {files.Count} contracts: give one .sla file");
        Compilation compilation;
        try
        {
            compilation = Compilation.Create(files);
        }
        catch (PledgeIOException e)
        {
            throw new CliUsageException($"cannot read `{PathDisplay.Show(e.Path, context.WorkingDirectory)}`: {e.Reason.ReplaceLineEndings(" ")}");
        }
        // As for `pledge eval`: a contract with syntax or name errors has no reliable meaning to compile.
        var errors = compilation.GetDiagnostics().Where(d => d.Diagnostic.IsError).Select(d => ReportedDiagnostic.From(d, context.WorkingDirectory)).ToList();
        if (errors.Count > 0)
        {
            new TextDiagnosticWriter(color: false).Write(context.Stderr, errors, compilation.SyntaxTrees.Length);
            return ExitCodes.Failure;
        }
        var model = compilation.GetSemanticModel(files[0]);
        if (model.Contract is null)
            throw new CliUsageException($"`{contractPath}` has no `contract` header: a library of declarations cannot be compiled");

        var emitted = EvaluatorEmitter.Emit(model);
        var image = EvaluatorCache.Default.GetImage(emitted);
        var directory = Path.GetFullPath(outputDirectory, context.WorkingDirectory);
        var source = Path.Combine(directory, emitted.ClassName + ".cs");
        var assembly = Path.Combine(directory, EvaluatorCache.AssemblyNameOf(emitted) + ".dll");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(source, emitted.Source, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.WriteAllBytes(assembly, image);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot write to `{outputDirectory}`: {e.Message}");
        }
        context.Stdout.WriteLine($"wrote {PathDisplay.Show(source, context.WorkingDirectory)}");
        context.Stdout.WriteLine($"wrote {PathDisplay.Show(assembly, context.WorkingDirectory)} (class {emitted.FullClassName})");
        return ExitCodes.Success;
    }
}

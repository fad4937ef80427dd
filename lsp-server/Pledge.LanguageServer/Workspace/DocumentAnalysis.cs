using System.Collections.Immutable;
using Pledge.Compiler;
using Pledge.Compiler.Checks;
using Pledge.Compiler.Checks.Configuration;
using Pledge.Dsl.Syntax;
using Pledge.Dsl.Text;

namespace Pledge.LanguageServer.Workspace;

/// <summary>
/// One open document compiled with what it imports. The tree is parsed on creation; the semantic model and
/// the checks run on first use and once (Bicep's lazy model: a keystroke costs a parse, not every rule).
/// </summary>
public sealed class DocumentAnalysis
{
    private readonly Lazy<SemanticModel> _model;
    private readonly Lazy<ImmutableArray<FileDiagnostic>> _diagnostics;

    public DocumentAnalysis(OpenDocument document, Compilation compilation, ConfigurationLoader configuration)
    {
        Document = document;
        Compilation = compilation;
        Tree = compilation.GetSyntaxTree(document.Path) ?? throw new InvalidOperationException($"`{document.Path}` is missing from its own compilation");
        _model = new Lazy<SemanticModel>(() => compilation.GetSemanticModel(Tree), LazyThreadSafetyMode.ExecutionAndPublication);
        _diagnostics = new Lazy<ImmutableArray<FileDiagnostic>>(
            () => ContractAnalysis.Run(compilation, new AnalysisOptions(Configuration: configuration)),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public OpenDocument Document { get; }
    public Compilation Compilation { get; }
    public SyntaxTree Tree { get; }
    public SourceText Source => Tree.Source;
    public LineMap Lines => Tree.Source.Lines;
    public SemanticModel Model => _model.Value;

    /// <summary>Every diagnostic of the compilation at its configured level (this file's and its imports').</summary>
    public ImmutableArray<FileDiagnostic> AllDiagnostics => _diagnostics.Value;

    /// <summary>The diagnostics that belong to this document.</summary>
    public IEnumerable<FileDiagnostic> OwnDiagnostics => AllDiagnostics.Where(d => d.Path == Document.Path);

    public int OffsetOf(Protocol.Types.Position position) => Lines.GetOffset(new LinePosition(position.Line, position.Character));
}

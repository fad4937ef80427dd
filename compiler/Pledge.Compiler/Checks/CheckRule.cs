using Pledge.Dsl.Diagnostics;

namespace Pledge.Compiler.Checks;

/// <summary>
/// One consistency, ambiguity or language rule (PLG3xxx–PLG5xxx). Each rule is a class of its own in
/// Rules/, with a parameterless constructor; <see cref="RuleCatalog"/> finds them all. A rule reads the
/// semantic model of one file and reports through the context; it never changes anything.
/// </summary>
public abstract class CheckRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract void Check(CheckContext context);
}

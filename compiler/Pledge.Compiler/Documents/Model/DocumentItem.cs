namespace Pledge.Compiler.Documents.Model;

/// <summary>
/// One statement of an article. <see cref="Kind"/> names it in templates (`availability`, `remedy-waive`, …);
/// <see cref="Family"/> is the partial that renders it (`remedy` for every remedy).
/// </summary>
public abstract record DocumentItem
{
    public abstract string Kind { get; }

    public virtual string Family => Kind;
}

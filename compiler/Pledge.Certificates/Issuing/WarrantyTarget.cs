using System.Collections.Immutable;
using Pledge.Certificates.Content;
using Pledge.Compiler;
using Pledge.Compiler.Documents.Templating;
using Pledge.Compiler.Semantics;

namespace Pledge.Certificates.Issuing;

/// <summary>
/// The warranty certificates are issued from, with what issuing needs of its contract: the contract's hash, the
/// languages that certificates are written in (the contract's, those with a phrase file), and the parameters a
/// customer row must give (<see cref="RequiredParameters"/>: the start date and any parameter a coverage names).
/// </summary>
public sealed class WarrantyTarget
{
    /// <summary>The column with the customer's name; a `customer` parameter, when declared, is that column too.</summary>
    public const string CustomerColumn = "customer";

    private WarrantyTarget(SemanticModel model, ContractSymbol contract, WarrantySymbol warranty, string contractHash, ImmutableArray<string> languages)
    {
        Model = model;
        Contract = contract;
        Warranty = warranty;
        ContractHash = contractHash;
        Languages = languages;
        var required = new List<ParameterSymbol>();
        if (warranty.StartParameter is { } start) required.Add(start);
        foreach (var option in warranty.Covers.SelectMany(c => c.Coverage.Options).Concat(warranty.OutsideScope?.Options ?? []))
            if (option.Parameter is { } p && !required.Contains(p)) required.Add(p);
        RequiredParameters = [.. required];
    }

    public SemanticModel Model { get; }
    public ContractSymbol Contract { get; }
    public WarrantySymbol Warranty { get; }
    public string ContractHash { get; }

    /// <summary>The languages every certificate's content is written in, in the contract's order.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>`contract/warranty`: how the registry names the warranty (idempotence is per warranty).</summary>
    public string Key => $"{Contract.Name}/{Warranty.Name}";

    /// <summary>Every parameter a row may give, in declaration order.</summary>
    public ImmutableArray<ParameterSymbol> Parameters => Model.Parameters;

    public ImmutableArray<ParameterSymbol> RequiredParameters { get; }

    /// <summary>The columns a data file may have: `customer` and the contract's parameters.</summary>
    public IEnumerable<string> Columns => Parameters.Any(p => p.Name == CustomerColumn)
        ? Parameters.Select(p => p.Name)
        : [CustomerColumn, .. Parameters.Select(p => p.Name)];

    /// <summary>Loads the warranty <paramref name="warrantyName"/> of the contract file.</summary>
    /// <exception cref="CertificateInputException">the contract has errors or lacks what a certificate needs.</exception>
    public static WarrantyTarget Load(Compilation compilation, string contractPath, string warrantyName)
    {
        var errors = compilation.GetDiagnostics().Count(d => d.Diagnostic.IsError);
        if (errors > 0)
            throw new CertificateInputException($"the contract has {errors} error{(errors == 1 ? "" : "s")}; `pledge check` shows them, and no certificate is issued from it until they are fixed");
        var model = compilation.GetSemanticModel(contractPath);
        var contract = model.Contract ?? throw new CertificateInputException("the file has no `contract` header: it is a library, not a contract");
        var warranty = model.Warranties.FirstOrDefault(w => w.Name == warrantyName);
        if (warranty is null)
        {
            var names = model.Warranties.Select(w => $"`{w.Name}`").ToList();
            throw new CertificateInputException(names.Count == 0
                ? $"the contract declares no warranty, so `--warranty {warrantyName}` names nothing"
                : $"the contract has no warranty `{warrantyName}` (it has {string.Join(", ", names)})");
        }
        if (warranty.Duration is not { } duration)
            throw new CertificateInputException($"the warranty `{warranty.Name}` has no `duration`: a certificate needs its end date");
        if (warranty.StartParameter is null && warranty.StartDate is null)
            throw new CertificateInputException($"the warranty `{warranty.Name}` has no start (`duration … from DATE-OR-PARAMETER`)");
        if (warranty.StartParameter is { Type: not ParameterType.Date } start)
            throw new CertificateInputException($"the warranty `{warranty.Name}` starts from `{start.Name}`, which is not a date parameter");
        if (CoveragePeriod.LastDay(NodaTime.LocalDate.FromDateOnly(new DateOnly(2026, 1, 1)), duration) is null)
            throw new CertificateInputException(CoveragePeriod.Unsupported(duration));

        var languages = contract.Languages.Where(l => TemplateSet.FindLocale(l) is not null).ToImmutableArray();
        if (languages.IsEmpty)
            throw new CertificateInputException(
                $"none of the contract's languages ({string.Join(", ", contract.Languages)}) has a phrase file (there are: {string.Join(", ", TemplateSet.LocaleTags)})");
        return new WarrantyTarget(model, contract, warranty, Content.ContractHash.Compute(compilation, contractPath), languages);
    }
}

/// <summary>The contract, the warranty or the options cannot give certificates: a usage error, nothing is issued.</summary>
public sealed class CertificateInputException(string message) : Exception(message);

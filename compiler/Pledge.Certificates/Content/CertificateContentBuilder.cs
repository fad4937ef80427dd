using System.Collections.Frozen;
using NodaTime;
using Pledge.Certificates.Input;
using Pledge.Certificates.Issuing;
using Pledge.Certificates.Numbering;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Documents.Prose;
using Pledge.Compiler.Documents.Templating;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Amounts;

namespace Pledge.Certificates.Content;

/// <summary>
/// Makes the content of a warranty's certificates. The prose is the contract document's (its document model and
/// <see cref="ProseWriter"/>), written once per language and shared by every certificate of the batch; what
/// differs per customer is the name, the values, the dates and the coverage limits computed from them.
/// </summary>
public sealed class CertificateContentBuilder
{
    private readonly WarrantyTarget _target;
    private readonly FrozenDictionary<string, CertificateTexts> _texts;
    private readonly MoneyRounding _rounding;

    public CertificateContentBuilder(WarrantyTarget target)
    {
        _target = target;
        var document = DocumentBuilder.Build(target.Model);
        var article = document.Articles.First(a => a.Kind == ArticleKind.Warranty && a.Name == target.Warranty.Name);
        _texts = target.Languages.ToFrozenDictionary(l => l, l => Texts(new ProseWriter(TemplateSet.GetLocale(l), document), article), StringComparer.Ordinal);
        var rule = target.Contract.Rounding;
        _rounding = new MoneyRounding(RoundingModes.Parse(rule.Mode) ?? RoundingMode.HalfUp, rule.Increment);
    }

    public WarrantyTarget Target => _target;

    public CertificateContent Build(CertificateNumber number, CustomerRow row, LocalDate issued)
    {
        var duration = _target.Warranty.Duration!.Value;
        var end = CoveragePeriod.LastDay(row.Start, duration)!.Value;
        return new CertificateContent(
            CertificateContent.CurrentVersion,
            number.ToString(),
            number.Prefix,
            number.Sequence,
            _target.Contract.Name,
            _target.ContractHash,
            _target.Warranty.Name,
            $"{Runtime.Amounts.DecimalText.Format(duration.Amount)} {duration.Unit.ToString().ToLowerInvariant()}",
            row.Start,
            end,
            issued,
            row.Customer,
            row.Values,
            [.. _target.Warranty.Covers.Select(c => new CoveredItemFacts(c.Name, Limit(c.Coverage, row)))],
            _target.Languages,
            _texts);
    }

    /// <summary>`repair up to 5% of contract_value` with a contract value of 20000 CNY: `1000.00 CNY`, rounded by the contract's rule.</summary>
    private string? Limit(Coverage coverage, CustomerRow row)
    {
        var option = coverage.Options.FirstOrDefault(o => o.Kind == CoverageKind.RepairUpTo && o.Percent is not null && o.Parameter is not null);
        if (option is null || row.Get(option.Parameter!.Name) is not { Amount: { } amount, Currency: { } currency }) return null;
        var limit = _rounding.Round(amount * option.Percent!.Value / 100m);
        return $"{Runtime.Amounts.DecimalText.Fixed(limit, _rounding.Decimals)} {currency}";
    }

    private CertificateTexts Texts(ProseWriter writer, DocumentArticle article)
    {
        var warranty = _target.Warranty;
        var covers = article.Items.OfType<WarrantyCoversItem>().SelectMany(i => i.Items)
            .Select(i => new CoveredItemText(writer.Local(i.Title), writer.Coverage(i.Coverage)))
            .ToList();
        var excludes = warranty.ExcludedTexts.Select(writer.Local).Concat(warranty.ExcludedCauses.Select(c => writer.Local(c.Title))).ToList();
        var outside = article.Items.OfType<WarrantyOutsideItem>().Select(i => writer.Write(i).Text).FirstOrDefault();
        var replacement = article.Items.OfType<WarrantyReplacementItem>().Select(i => writer.Write(i).Text).FirstOrDefault();
        var duration = writer.Locale.Format.Duration(DurationValue.From(warranty.Duration!.Value));
        return new CertificateTexts(
            writer.Local(_target.Contract.Title),
            writer.Local(warranty.Title),
            writer.Provider,
            duration,
            covers,
            excludes,
            outside,
            replacement,
            _target.Parameters.ToDictionary(p => p.Name, p => writer.Local(p.Title), StringComparer.Ordinal));
    }
}

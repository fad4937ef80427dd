using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Pledge.Compiler.Facts;
using Pledge.Compiler.Semantics;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;
using Pledge.LanguageServer.Workspace;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// After `availability P per PERIOD`: the downtime it allows (a range when the period's length varies).
/// After a warranty `duration` that starts on a date: the last day it covers.
/// </summary>
public sealed class InlayHintHandler : RequestHandler<InlayHintParams, List<InlayHint>>
{
    public override string Method => "textDocument/inlayHint";
    protected override JsonTypeInfo<InlayHintParams> ParamsType => LspJsonContext.Default.InlayHintParams;
    protected override JsonTypeInfo<List<InlayHint>> ResultType => LspJsonContext.Default.ListInlayHint;

    protected override List<InlayHint> Handle(InlayHintParams parameters, RequestContext context)
    {
        if (context.GetAnalysis(parameters.TextDocument.Uri) is not { } analysis) return [];
        var model = analysis.Model;
        var zone = model.Contract?.TimeZone ?? DateTimeZone.Utc;
        var hints = new List<InlayHint>();
        foreach (var clause in model.Clauses.Where(c => ReferenceEquals(c.Tree, analysis.Tree)))
        {
            if (clause.Availability is not { Period: { } period } availability) continue;
            var range = Ranges.Of(analysis.Lines, availability.Syntax.Span);
            if (!Ranges.Intersects(range, parameters.Range)) continue;
            var allowances = AvailabilityAllowance.For(availability.Percent, period, zone);
            if (allowances.IsEmpty) continue;
            var low = AvailabilityAllowance.Minutes(allowances.Min(a => a.AllowedMinutes));
            var high = AvailabilityAllowance.Minutes(allowances.Max(a => a.AllowedMinutes));
            var label = low == high ? $"≤ {low} down" : $"≤ {low.Replace(" min", "")}–{high} down";
            var tooltip = string.Join("\n", allowances.Select(a => $"{a.Length.Describe()}: {AvailabilityAllowance.Minutes(a.AllowedMinutes)}"));
            hints.Add(new InlayHint(range.End, label, InlayHintKind.Type, tooltip, PaddingLeft: true));
        }
        foreach (var warranty in model.Warranties.Where(w => ReferenceEquals(w.Tree, analysis.Tree)))
        {
            if (warranty is not { StartDate: { } start, Duration: { } duration }) continue;
            if (WarrantyEnd.LastDay(start, duration) is not { } end) continue;
            var item = warranty.Syntax.Body.Items.OfType<Dsl.Syntax.WarrantyDurationItemSyntax>().FirstOrDefault();
            if (item is null) continue;
            var range = Ranges.Of(analysis.Lines, item.Span);
            if (!Ranges.Intersects(range, parameters.Range)) continue;
            hints.Add(new InlayHint(range.End, $"→ {end:yyyy-MM-dd}", InlayHintKind.Type, "the last day the warranty covers", PaddingLeft: true));
        }
        return [.. hints.OrderBy(h => h.Position.Line).ThenBy(h => h.Position.Character)];
    }
}

using System.Text.Json.Serialization.Metadata;
using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Documents.Templating;
using Pledge.LanguageServer.Features;
using Pledge.LanguageServer.Protocol;
using Pledge.LanguageServer.Protocol.Types;
using Pledge.LanguageServer.Server;

namespace Pledge.LanguageServer.Handlers;

/// <summary>
/// `pledge/render`: the open document's current text as its signed document, the HTML `pledge render -o X.html`
/// writes (same document model, same bundled template), for a preview. The HTML is self-contained: the stylesheet
/// is inline, there is no script and nothing to fetch, and every piece of contract text goes through the
/// template's escaping. Its print rules (`@page`) do nothing on screen, and its `@media screen` rules centre the
/// page, so a webview shows it as it is. A contract with syntax or naming errors is refused (RequestFailed), as
/// `pledge render` refuses it.
/// </summary>
public sealed class RenderHandler : RequestHandler<RenderParams, RenderResult>
{
    private static readonly Lazy<HtmlRenderer> Renderer = new(() => new HtmlRenderer(), LazyThreadSafetyMode.ExecutionAndPublication);

    public override string Method => "pledge/render";
    protected override JsonTypeInfo<RenderParams> ParamsType => LspJsonContext.Default.RenderParams;
    protected override JsonTypeInfo<RenderResult> ResultType => LspJsonContext.Default.RenderResult;

    protected override RenderResult Handle(RenderParams parameters, RequestContext context)
    {
        var (analysis, contract) = OpenContract.Get(context, parameters.TextDocument.Uri, "rendered");
        var declared = contract.Languages.ToList();
        var languages = Languages(parameters.Languages, declared);
        DocumentLayout layout;
        if (parameters.Layout is null) layout = languages.Count > 1 ? DocumentLayout.SideBySide : DocumentLayout.Single;
        else layout = DocumentLayouts.Parse(parameters.Layout)
            ?? throw LspException.InvalidParams($"`layout` is `side-by-side`, `stacked` or `single`, not `{parameters.Layout}`");
        if (layout == DocumentLayout.Single && languages.Count > 1)
            throw LspException.InvalidParams($"the `single` layout renders one language; `languages` names {languages.Count} ({string.Join(", ", languages)})");

        context.CancellationToken.ThrowIfCancellationRequested();
        var document = DocumentBuilder.Build(analysis.Model);
        context.CancellationToken.ThrowIfCancellationRequested();
        var html = Renderer.Value.Render(document, languages, layout);
        var title = contract.Title.Get(languages[0]) ?? contract.Title.Primary;
        return new RenderResult(html, declared, title);
    }

    /// <summary>The languages asked for, spelled as the contract spells them; each must be one it is written in and have a phrase file.</summary>
    private static List<string> Languages(List<string>? asked, List<string> declared)
    {
        var byDefault = asked is null || asked.Count == 0;
        if (declared.Count == 0) throw LspException.RequestFailed("the contract declares no `languages`, so there is no language to render it in");
        if (byDefault) asked = declared;
        var result = new List<string>();
        foreach (var tag in asked!)
        {
            var known = declared.FirstOrDefault(d => string.Equals(d, tag?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw LspException.InvalidParams($"the contract is not written in `{tag}` (its languages: {string.Join(", ", declared)})");
            if (TemplateSet.FindLocale(known) is null)
            {
                var message = $"there is no phrase file for `{known}`, so it cannot be rendered (there are: {string.Join(", ", TemplateSet.LocaleTags)})";
                throw byDefault ? LspException.RequestFailed(message) : LspException.InvalidParams(message);
            }
            if (!result.Contains(known, StringComparer.OrdinalIgnoreCase)) result.Add(known);
        }
        return result;
    }
}

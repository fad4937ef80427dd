using System.Text.Json.Nodes;

namespace Pledge.Certificates.Content;

/// <summary>
/// A certificate's prose in one language: the contract's titles and provider as written in the `.sla` file, the
/// duration, each covered item with its coverage, the exclusions, and the sentences on what lies outside the
/// warranty and on replaced parts, as the contract document states them. Plain text (the template escapes it).
/// </summary>
public sealed record CertificateTexts(
    string ContractTitle,
    string WarrantyTitle,
    string Provider,
    string Duration,
    IReadOnlyList<CoveredItemText> Covers,
    IReadOnlyList<string> Excludes,
    string? Outside,
    string? Replacement,
    IReadOnlyDictionary<string, string> ParameterTitles)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject
        {
            ["contract"] = ContractTitle,
            ["warranty"] = WarrantyTitle,
            ["provider"] = Provider,
            ["duration"] = Duration,
            ["covers"] = new JsonArray([.. Covers.Select(c => (JsonNode)new JsonObject { ["item"] = c.Item, ["coverage"] = c.Coverage })]),
            ["excludes"] = new JsonArray([.. Excludes.Select(e => (JsonNode)JsonValue.Create(e))]),
            ["parameters"] = new JsonObject([.. ParameterTitles.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))]),
        };
        if (Outside is not null) o["outside"] = Outside;
        if (Replacement is not null) o["replacement"] = Replacement;
        return o;
    }

    public static CertificateTexts FromJson(JsonObject o) => new(
        CertificateContent.S(o, "contract"),
        CertificateContent.S(o, "warranty"),
        CertificateContent.S(o, "provider"),
        CertificateContent.S(o, "duration"),
        [.. o["covers"]!.AsArray().Select(c => new CoveredItemText(CertificateContent.S(c!, "item"), CertificateContent.S(c!, "coverage")))],
        [.. o["excludes"]!.AsArray().Select(e => e!.GetValue<string>())],
        CertificateContent.OptionalString(o, "outside"),
        CertificateContent.OptionalString(o, "replacement"),
        o["parameters"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal));
}

/// <summary>A covered item and its coverage in one language: `墙面起皮、脱落` / `免费维修`.</summary>
public sealed record CoveredItemText(string Item, string Coverage);

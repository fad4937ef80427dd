using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Pledge.Certificates.Input;

namespace Pledge.Certificates.Content;

/// <summary>
/// Everything a certificate states, as data: what the verification code is computed over (through
/// <see cref="CanonicalJson"/>), what the registry stores, and what the HTML is rendered from, so a certificate
/// can be printed again and verified without its contract. Values are canonical text (`2026-03-15`,
/// `20000 CNY`); prose is stored per language as the contract's own words and the tool's phrases made it.
/// The JSON shape is documented in docs/certificates.md; <see cref="Version"/> changes with it.
/// </summary>
public sealed record CertificateContent(
    int Version,
    string Number,
    string Prefix,
    long Sequence,
    string ContractName,
    string ContractHash,
    string WarrantyName,
    string Duration,
    LocalDate Start,
    LocalDate End,
    LocalDate Issued,
    string Customer,
    IReadOnlyList<CustomerValue> Parameters,
    IReadOnlyList<CoveredItemFacts> Covers,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, CertificateTexts> Texts)
{
    public const int CurrentVersion = 1;

    public JsonObject ToJson()
    {
        var texts = new JsonObject();
        foreach (var lang in Languages) texts[lang] = Texts[lang].ToJson();
        return new JsonObject
        {
            ["version"] = Version,
            ["number"] = Number,
            ["prefix"] = Prefix,
            ["sequence"] = Sequence,
            ["contract"] = new JsonObject { ["name"] = ContractName, ["hash"] = ContractHash },
            ["warranty"] = new JsonObject
            {
                ["name"] = WarrantyName,
                ["duration"] = Duration,
                ["start"] = Date(Start),
                ["end"] = Date(End),
            },
            ["issued"] = Date(Issued),
            ["customer"] = Customer,
            ["parameters"] = new JsonArray([.. Parameters.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["type"] = p.Type, ["value"] = p.Text })]),
            ["covers"] = new JsonArray([.. Covers.Select(c => (JsonNode)c.ToJson())]),
            ["languages"] = new JsonArray([.. Languages.Select(l => (JsonNode)JsonValue.Create(l))]),
            ["texts"] = texts,
        };
    }

    /// <summary>The bytes the verification code is computed over.</summary>
    public byte[] CanonicalBytes() => CanonicalJson.WriteUtf8(ToJson());

    public string CanonicalText() => CanonicalJson.Write(ToJson());

    /// <exception cref="FormatException">the JSON is not certificate content of a known version.</exception>
    public static CertificateContent FromJson(string json)
    {
        try
        {
            var o = JsonNode.Parse(json)!.AsObject();
            var version = o["version"]!.GetValue<int>();
            if (version != CurrentVersion) throw new FormatException($"certificate content version {version} is not known to this pledge (it knows {CurrentVersion})");
            var contract = o["contract"]!.AsObject();
            var warranty = o["warranty"]!.AsObject();
            var languages = o["languages"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
            var textsObject = o["texts"]!.AsObject();
            return new CertificateContent(
                version,
                S(o, "number"),
                S(o, "prefix"),
                o["sequence"]!.GetValue<long>(),
                S(contract, "name"),
                S(contract, "hash"),
                S(warranty, "name"),
                S(warranty, "duration"),
                ParseDate(S(warranty, "start")),
                ParseDate(S(warranty, "end")),
                ParseDate(S(o, "issued")),
                S(o, "customer"),
                [.. o["parameters"]!.AsArray().Select(p => new CustomerValue(S(p!, "name"), S(p!, "type"), S(p!, "value")))],
                [.. o["covers"]!.AsArray().Select(c => CoveredItemFacts.FromJson(c!.AsObject()))],
                languages,
                languages.ToDictionary(l => l, l => CertificateTexts.FromJson(textsObject[l]!.AsObject()), StringComparer.Ordinal));
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            throw new FormatException($"the stored content is not a certificate's: {e.Message}", e);
        }
    }

    internal static string S(JsonNode node, string key) => node[key]?.GetValue<string>() ?? throw new FormatException($"`{key}` is missing");

    internal static string? OptionalString(JsonNode node, string key) => node[key]?.GetValue<string>();

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}

/// <summary>A covered item's facts: its name in the contract and, for `repair up to P% of PARAM`, the limit in money.</summary>
public sealed record CoveredItemFacts(string Name, string? Limit)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject { ["name"] = Name };
        if (Limit is not null) o["limit"] = Limit;
        return o;
    }

    public static CoveredItemFacts FromJson(JsonObject o) => new(CertificateContent.S(o, "name"), CertificateContent.OptionalString(o, "limit"));

    /// <summary>The limit's amount and currency, when there is one.</summary>
    public (decimal Amount, string Currency)? LimitValue
    {
        get
        {
            if (Limit is null) return null;
            var parts = Limit.Split(' ');
            return (decimal.Parse(parts[0], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), parts[1]);
        }
    }
}

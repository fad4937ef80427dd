namespace Pledge.Certificates.Rendering;

/// <summary>
/// How many decimals an amount of a currency is shown with (ISO 4217 minor units). The compiler's table is
/// internal to it; the few currencies whose minor unit is not 2 are listed here.
/// </summary>
internal static class CurrencyDigits
{
    private static readonly HashSet<string> None = ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"];
    private static readonly HashSet<string> Three = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    public static int Of(string currency) => None.Contains(currency) ? 0 : Three.Contains(currency) ? 3 : currency == "UYW" ? 4 : 2;
}

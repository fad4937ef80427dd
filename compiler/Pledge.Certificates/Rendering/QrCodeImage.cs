using QRCoder;

namespace Pledge.Certificates.Rendering;

/// <summary>
/// The certificate's QR code: the payload `NUMBER|CODE` (no URL: verification is `pledge verify`, which accepts the
/// payload as it is scanned), error correction level M (survives a crease or a stamp over 15% of it), as an SVG
/// data URI for an &lt;img&gt;: vector, so it prints sharp at any size, and deterministic for the same payload.
/// </summary>
public static class QrCodeImage
{
    public static string Payload(string number, string code) => $"{number}|{code}";

    public static string SvgDataUri(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}

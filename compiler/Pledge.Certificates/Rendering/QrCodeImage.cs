using System.Globalization;
using System.Text;
using QRCoder;

namespace Pledge.Certificates.Rendering;

/// <summary>
/// The certificate's QR code: the payload `NUMBER|CODE` (no URL: verification is `pledge verify`, which accepts the
/// payload as it is scanned), error correction level M (survives a crease or a stamp over 15% of it), as an SVG
/// data URI for an &lt;img&gt;: vector, so it prints sharp at any size, and the same bytes for the same payload.
/// QRCoder computes the modules; the SVG is one path of horizontal runs written here, about a tenth the size and
/// time of a rectangle per module (this is per certificate, in batches of thousands).
/// </summary>
public static class QrCodeImage
{
    public static string Payload(string number, string code) => $"{number}|{code}";

    public static string SvgDataUri(string payload) =>
        "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(Svg(payload)));

    public static string Svg(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix; // includes the quiet zone
        var size = matrix.Count;
        var path = new StringBuilder(size * size);
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x]) continue;
                var start = x;
                while (x + 1 < size && row[x + 1]) x++;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>";
    }
}

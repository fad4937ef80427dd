using System.Security.Cryptography;
using System.Text;
using Pledge.Compiler;

namespace Pledge.Certificates.Content;

/// <summary>
/// `sha256:…` of a contract and everything it imports, so that a certificate names the exact text it was issued
/// under. Canonical source text: each file decoded as the compiler reads it (UTF-8, BOM dropped), line ends
/// (CRLF, CR) written as LF. Hashed, in the compilation's load order (the root, then imports depth first):
/// `pledge-contract/1\n`, then per file its path relative to the root's folder (`/` separators), `\n`, the byte
/// length of its text, `\n`, the text, `\n`. Moving the folder or switching CRLF/LF keeps the hash; any other
/// edit, in any file, changes it.
/// </summary>
public static class ContractHash
{
    public const string Scheme = "sha256:";

    public static string Compute(Compilation compilation, string rootPath)
    {
        var root = Path.GetFullPath(rootPath);
        var folder = Path.GetDirectoryName(root) ?? "/";
        var trees = compilation.SyntaxTrees;
        // The root first even when the compilation was created from several roots.
        var ordered = trees.Where(t => string.Equals(t.Path, root, StringComparison.Ordinal))
            .Concat(trees.Where(t => !string.Equals(t.Path, root, StringComparison.Ordinal)));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData("pledge-contract/1\n"u8);
        foreach (var tree in ordered)
        {
            var relative = Path.GetRelativePath(folder, tree.Path).Replace('\\', '/');
            var text = Encoding.UTF8.GetBytes(tree.Source.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
            hash.AppendData(Encoding.UTF8.GetBytes($"{relative}\n{text.Length}\n"));
            hash.AppendData(text);
            hash.AppendData("\n"u8);
        }
        return Scheme + Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

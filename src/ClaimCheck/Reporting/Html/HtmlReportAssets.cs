using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// The report's stylesheet and script (embedded from report.css and report.js) and the
/// Content-Security-Policy that allows exactly these two by their SHA-256 hashes and nothing else.
/// </summary>
internal static class HtmlReportAssets
{
    internal static readonly string Style = Load("report.css");

    internal static readonly string Script = Load("report.js");

    /// <summary>
    /// No source of any kind except the report's own style and script: injected markup that slipped past
    /// escaping could neither run script, load anything, nor send a form anywhere.
    /// </summary>
    internal static readonly string ContentSecurityPolicy =
        $"default-src 'none'; script-src '{Hash(Script)}'; style-src '{Hash(Style)}'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

    private static string Load(string name)
    {
        using var stream = typeof(HtmlReportAssets).Assembly.GetManifestResourceStream("ClaimCheck.Report." + name)
            ?? throw new InvalidOperationException($"The embedded resource ClaimCheck.Report.{name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // One newline convention whatever the checkout did, so the hash is the same everywhere.
        string text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Contains("</", StringComparison.Ordinal) || text.Contains("<!--", StringComparison.Ordinal))
        {
            // "</" would end the element early; "<!--" changes how the parser reads a script.
            throw new InvalidOperationException($"{name} must not contain '</' or '<!--'.");
        }

        return text;
    }

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

using System.Text.RegularExpressions;

namespace ClaimCheck.Tests.Architecture;

/// <summary>
/// The library's folders are layers: Text ← Documents ← Parsing ← Segmenting ← Extraction ← Linking ← Verification
/// ← Reporting, with Diagnostics beside Text and Statistics and Lexicons beside the chain (docs/design.md). A file may
/// name its own layer and those to its left, never one to its right: a stage reads the facts of the stages before it.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>Each folder with the folders its files may name (its own included).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Text"] = ["Text"],
        ["Diagnostics"] = ["Diagnostics", "Text"],
        ["Documents"] = ["Documents", "Diagnostics", "Text"],
        ["Lexicons"] = ["Lexicons", "Documents", "Text"],
        ["Parsing"] = ["Parsing", "Documents", "Diagnostics", "Text", "Lexicons"],
        ["Segmenting"] = ["Segmenting", "Parsing", "Documents", "Diagnostics", "Text", "Lexicons"],
        ["Extraction"] = ["Extraction", "Segmenting", "Parsing", "Documents", "Diagnostics", "Text", "Lexicons"],
        // Statistics reads printed numbers (Extraction's ReportedNumber and claim types) and nothing later.
        ["Statistics"] = ["Statistics", "Extraction", "Documents", "Text"],
        ["Linking"] = ["Linking", "Extraction", "Segmenting", "Parsing", "Documents", "Diagnostics", "Text", "Lexicons", "Statistics"],
        ["Verification"] = ["Verification", "Linking", "Extraction", "Segmenting", "Parsing", "Documents", "Diagnostics", "Text", "Lexicons", "Statistics"],
        ["Reporting"] = ["Reporting", "Verification", "Linking", "Extraction", "Segmenting", "Parsing", "Documents", "Diagnostics", "Text", "Lexicons", "Statistics"],
    };

    private static string LibraryRoot => Path.Combine(Corpus.RepositoryRoot, "src", "ClaimCheck");

    [Test]
    public void Every_folder_of_the_library_is_a_known_layer()
    {
        var folders = Directory.EnumerateDirectories(LibraryRoot).Select(Path.GetFileName)
            .Where(n => n is not ("bin" or "obj" or "Properties"))
            .Where(n => Directory.EnumerateFiles(Path.Combine(LibraryRoot, n!), "*.cs", SearchOption.AllDirectories).Any());

        folders.Should().BeSubsetOf(Allowed.Keys, "a new folder takes its place in the layering here and in docs/design.md");
    }

    [Test]
    public void No_file_names_a_layer_to_its_right()
    {
        var offenders = new List<string>();
        foreach (var (layer, allowed) in Allowed)
        {
            string folder = Path.Combine(LibraryRoot, layer);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (string path in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                offenders.AddRange(NamedLayers(File.ReadAllText(path)).Where(n => !allowed.Contains(n))
                    .Select(n => $"{Path.GetRelativePath(LibraryRoot, path)} names {n}"));
            }
        }

        offenders.Should().BeEmpty("a stage reads the facts of the stages before it, never after it");
    }

    [TestCase("using ClaimCheck.Verification;", "Verification")]
    [TestCase("var r = ClaimCheck.Linking.Linker.Link(e);", "Linking")]
    [TestCase("using static ClaimCheck.Statistics.Printed;", "Statistics")]
    public void A_named_layer_is_found(string code, string layer)
        => NamedLayers(code).Should().Contain(layer);

    [TestCase("GetManifestResourceStream(\"ClaimCheck.Models.\" + name)")]
    [TestCase("// see ClaimCheck.Verification.Verifier")]
    [TestCase("/// <see cref=\"ClaimCheck.Reporting.TextReportWriter\"/>")]
    public void Strings_and_comments_name_no_layer(string code)
        => NamedLayers(code).Should().BeEmpty();

    private static IEnumerable<string> NamedLayers(string code)
    {
        string bare = StringLiteral().Replace(Comment().Replace(code, string.Empty), "\"\"");
        return LayerName().Matches(bare).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\bClaimCheck\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex LayerName();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();
}

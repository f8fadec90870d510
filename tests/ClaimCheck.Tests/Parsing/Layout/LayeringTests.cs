using System.Text.RegularExpressions;

namespace ClaimCheck.Tests.Parsing.Layout;

/// <summary>
/// The parsing layers depend one way: Html → Layout ← PlainText. The front ends share only Layout, and
/// Layout knows neither the DOM nor copied text. Checked on the source files, by namespace use.
/// </summary>
public sealed class LayeringTests
{
    [TestCase("Html", "PlainText")]
    [TestCase("PlainText", "Html")]
    [TestCase("Layout", "Html")]
    [TestCase("Layout", "PlainText")]
    public void A_parsing_layer_does_not_use_another(string layer, string forbidden)
    {
        var use = new Regex($@"using ClaimCheck\.Parsing\.{forbidden}\b|(?:^|[^\w.]){forbidden}\.[A-Z]|ClaimCheck\.Parsing\.{forbidden}\.", RegexOptions.NonBacktracking | RegexOptions.Multiline);
        string folder = Path.Combine(Corpus.RepositoryRoot, "src", "ClaimCheck", "Parsing", layer);
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories);

        files.Should().NotBeEmpty();
        files.Where(f => use.IsMatch(File.ReadAllText(f))).Select(Path.GetFileName).Should().BeEmpty($"Parsing/{layer} must not use Parsing/{forbidden}");
    }
}

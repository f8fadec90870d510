using System.Text.RegularExpressions;

namespace ClaimCheck.Tests.Architecture;

/// <summary>
/// Rules read facts (claims, links, sentence roles and cues), never raw text, except to quote it through
/// <c>RuleContext.Quote</c>. A file under src/ClaimCheck/Verification/Rules/ fails when it holds a word list, changes the case
/// of text, uses a regular expression, or reads the source text to match it.
/// </summary>
public sealed partial class StageBoundaryTests
{
    private static readonly (string What, Regex Pattern)[] Violations =
    [
        ("holds a word list", WordList()),
        ("changes the case of text", CaseChange()),
        ("uses a regular expression", RegexUse()),
        ("reads the source text other than to quote it", SourceTextRead()),
    ];

    private static string RulesRoot => Path.Combine(Corpus.RepositoryRoot, "src", "ClaimCheck", "Verification", "Rules");

    [Test]
    public void Rule_files_read_facts_not_text()
    {
        var offenders = RuleFiles()
            .SelectMany(f => ViolationsIn(f.Code).Select(v => $"{f.Name} {v}"))
            .ToList();

        offenders.Should().BeEmpty("rules read claims, links, roles and cues; vocabulary lives in src/ClaimCheck/Lexicons/");
    }

    [TestCase("private static readonly string[] Words = [\"may\", \"might\"];", "holds a word list")]
    [TestCase("var stops = new HashSet<string> { \"and\", \"or\" };", "holds a word list")]
    [TestCase("string lower = sentence.ToLowerInvariant();", "changes the case of text")]
    [TestCase("[GeneratedRegex(@\"\\bmay\\b\")]", "uses a regular expression")]
    [TestCase("string text = context.Source.Text;", "reads the source text other than to quote it")]
    [TestCase("string text = context.SentenceText(claim.SentenceSpan);", "reads the source text other than to quote it")]
    [TestCase("if (statement.Text.Contains(\"signific\", StringComparison.Ordinal))", "reads the source text other than to quote it")]
    public void Each_kind_of_violation_is_caught(string line, string what)
    {
        ViolationsIn(line).Should().Contain(what);
    }

    [TestCase("context.Report(Rule, span, [], null, context.Quote(cue.Span), statement.Text);")]
    [TestCase("if (clause.Has(CueKind.Negated) || sentence.Role == SentenceRole.Conclusions)")]
    [TestCase("string.Join(\"; \", results.Select(r => r.Citation));")]
    [TestCase("// words such as \"may\", \"might\" are hedges")]
    public void Quoting_and_reading_cues_are_allowed(string line)
    {
        ViolationsIn(line).Should().BeEmpty();
    }

    private static IEnumerable<(string Name, string Code)> RuleFiles()
        => Directory.EnumerateFiles(RulesRoot, "*.cs", SearchOption.AllDirectories)
            .Select(p => (Path.GetRelativePath(RulesRoot, p).Replace('\\', '/'), File.ReadAllText(p)));

    private static IEnumerable<string> ViolationsIn(string code)
    {
        string withoutComments = Comment().Replace(code, string.Empty);
        return Violations.Where(v => v.Pattern.IsMatch(withoutComments)).Select(v => v.What);
    }

    // Two string literals side by side in a collection: a list of words.
    [GeneratedRegex("""[\[{]\s*"[^"\n]*"\s*,\s*"[^"\n]*"\s*[,\]}]""")]
    private static partial Regex WordList();

    [GeneratedRegex(@"\.To(Lower|Upper)(Invariant)?\(")]
    private static partial Regex CaseChange();

    [GeneratedRegex(@"\bRegex\b|GeneratedRegex|RegularExpressions")]
    private static partial Regex RegexUse();

    [GeneratedRegex(@"\bSource\.(Text|AsSpan|ToString)\b|SourceText\.Text|\bSentenceText\(|\.Text\.(Contains|IndexOf|StartsWith|EndsWith|Substring|AsSpan|Split)\(|\.Text\[")]
    private static partial Regex SourceTextRead();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();
}

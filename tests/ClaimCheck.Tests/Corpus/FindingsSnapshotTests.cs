namespace ClaimCheck.Tests;

/// <summary>
/// Every finding over the bundled corpus and over the shared data, compared with the committed snapshots in
/// <c>tests/snapshots/</c>. On a difference the test writes <c>&lt;name&gt;.received.txt</c> beside the snapshot;
/// a deliberate change is accepted by running
/// <c>CLAIMCHECK_ACCEPT_SNAPSHOTS=1 dotnet test tests/ClaimCheck.Tests --filter FullyQualifiedName~FindingsSnapshotTests</c>
/// and its differences are judged one by one in docs/accuracy.md.
/// </summary>
[TestFixture]
public sealed class FindingsSnapshotTests
{
    [Test]
    public void Bundled_corpus_findings_are_unchanged()
    {
        string root = Corpus.Root;
        var files = new[] { "seeds", "seeds-html" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d)))
            .Where(p => !p.EndsWith("SOURCES.md", StringComparison.Ordinal));
        Compare("corpus", FindingsSnapshot.Render(files, p => Path.GetRelativePath(root, p).Replace('\\', '/'), ClaimChecker.CheckFile));
    }

    [Test]
    public void Forum_page_findings_are_unchanged()
    {
        string root = SharedData.Require("forum-html");
        var files = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Where(p => !p.Contains($"{Path.DirectorySeparatorChar}gold{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Compare("forum-html", FindingsSnapshot.Render(files, p => Path.GetRelativePath(root, p).Replace('\\', '/'), ClaimChecker.CheckFile));
    }

    [Test]
    public void Evidence_inference_paper_findings_are_unchanged()
    {
        string root = SharedData.Require("evidence-inference/abstracts-dev");
        var files = Directory.EnumerateFiles(root, "*.abst");
        Compare("abstracts-dev", FindingsSnapshot.Render(files, Path.GetFileName, ClaimChecker.CheckFile));
    }

    private static void Compare(string name, string actual)
    {
        string expectedPath = Path.Combine(Corpus.RepositoryRoot, "tests", "snapshots", $"{name}.findings.txt");
        string receivedPath = Path.Combine(Corpus.RepositoryRoot, "tests", "snapshots", $"{name}.received.txt");
        if (Environment.GetEnvironmentVariable("CLAIMCHECK_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        string expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : string.Empty;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var expectedLines = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var actualLines = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        var gone = expectedLines.Except(actualLines).Take(10);
        var added = actualLines.Except(expectedLines).Take(10);
        Assert.Fail($"findings differ from {expectedPath} (all of them are in {receivedPath}; diff the two files)\n"
            + $"gone:\n  {string.Join("\n  ", gone)}\nnew:\n  {string.Join("\n  ", added)}");
    }
}

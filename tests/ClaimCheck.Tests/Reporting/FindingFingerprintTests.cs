using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting.Fingerprints;
using ClaimCheck.Text;
using ClaimCheck.Verification;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The fingerprint of baselines and SARIF <c>partialFingerprints</c>: stable under layout, changed by content.</summary>
public sealed class FindingFingerprintTests
{
    private static Finding At(string id, string text, int line) =>
        new(RuleCatalog.Find(id)!, Severity.Warning, "m", new Location("a.txt", new TextSpan(0, text.Length), text, new LinePosition(line, 3)), []);

    [Test]
    public void Position_case_width_and_white_space_do_not_change_it_the_rule_and_the_text_do()
    {
        string fingerprint = FindingFingerprint.Compute(At("CC1003", "OR 1.5", 4), null);

        fingerprint.Should().MatchRegex("^[0-9a-f]{32}$");
        FindingFingerprint.Compute(At("CC1003", "  ｏｒ\n1.5 ", 90), null).Should().Be(fingerprint, "NFKC folds the full-width letters; case, white space and line are ignored");
        FindingFingerprint.Compute(At("CC1004", "OR 1.5", 4), null).Should().NotBe(fingerprint);
        FindingFingerprint.Compute(At("CC1003", "OR 1.6", 4), null).Should().NotBe(fingerprint);
    }

    [Test]
    public void The_sentence_around_the_finding_is_part_of_it()
    {
        string seed = File.ReadAllText(Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt"));
        var one = ClaimChecker.Check(seed, "a.txt");
        // A word of the sentence changed, far from the quoted "28": same rule, same quoted text, another sentence.
        var other = ClaimChecker.Check(seed.Replace("(SARS-CoV-2) reinfection rates", "(SARS-CoV-2) re-infection rates", StringComparison.Ordinal), "a.txt");
        var drift = one.Findings.Should().ContainSingle(f => f.Id == "CC1003").Subject;
        var edited = other.Findings.Should().ContainSingle(f => f.Id == "CC1003").Subject;

        edited.Location.Text.Should().Be(drift.Location.Text).And.Be("28");
        FindingFingerprint.Compute(edited, other.Document).Should().NotBe(FindingFingerprint.Compute(drift, one.Document), "the sentence differs");
        FindingFingerprint.Compute(drift, one.Document).Should().NotBe(FindingFingerprint.Compute(drift, null), "without the document only the quoted text counts");
    }

    [Test]
    public void Text_that_normalisation_refuses_is_fingerprinted_not_thrown()
    {
        var act = () => FindingFingerprint.Compute(At("CC1003", "a\uD800b\uDC00c\uFFFEd\uFFFF", 1), null);

        act.Should().NotThrow().Which.Should().Be(FindingFingerprint.Compute(At("CC1003", "a\uFFFDb\uFFFDc\uFFFDd\uFFFD", 1), null));
    }
}

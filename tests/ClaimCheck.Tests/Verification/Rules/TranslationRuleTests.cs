namespace ClaimCheck.Tests.Verification.Rules;

/// <summary>CC4004: seed 002's English and Chinese versions agree; a copy with one Chinese number changed does not.</summary>
public sealed class TranslationRuleTests
{
    private static string Seed => File.ReadAllText(Corpus.PathOf("seeds/002_bc1ab4963135bc6e.txt"));

    [Test]
    public void The_two_versions_agree() => ClaimChecker.Check(Seed).Findings.Should().NotContain(f => f.Id == "CC4004");

    [TestCase("有 17.9%(10/56)", "有 19.7%(10/56)", "19.7")]
    [TestCase("(95%CI:-20.7%,-1.5%,p=0.030)", "(95%CI:-22.7%,-1.5%,p=0.030)", "-22.7")]
    public void A_changed_Chinese_number_fires(string original, string altered, string at)
    {
        Seed.Should().Contain(original);

        var finding = ClaimChecker.Check(Seed.Replace(original, altered, StringComparison.Ordinal)).Findings.Should().ContainSingle(f => f.Id == "CC4004").Subject;

        finding.Location.Text.Should().Be(at);
        finding.Message.Should().StartWith("the Chinese version gives");
    }

    [Test]
    public void Each_version_is_compared_only_with_versions_near_it_so_a_long_page_stays_linear()
    {
        // 40 copies of a version pair that disagrees once: comparing every English block with every Chinese one would give
        // about 40 × 40 findings; a version is compared with the versions at most 8 article blocks away.
        const int copies = 40;
        string altered = Seed.Replace("有 17.9%(10/56)", "有 19.7%(10/56)", StringComparison.Ordinal);
        // Each copy's lines are marked, so that no copy is taken for a repeat of another and dropped.
        string page = string.Join("\n\n", Enumerable.Range(1, copies).Select(n => string.Join('\n', altered.Split('\n').Select(line => line.Length == 0 ? line : $"{line} [copy {n}]"))));
        var findings = ClaimChecker.Check(page).Findings.Count(f => f.Id == "CC4004");

        findings.Should().BeGreaterThanOrEqualTo(copies).And.BeLessThanOrEqualTo(copies * 8);
    }

    [Test]
    public void Unrelated_blocks_in_two_languages_are_not_versions()
        => ClaimChecker.Check("Mortality was 12/50 (24%) and p = 0.30 in the first trial, with OR = 0.74 (95% CI 0.30–1.80).\n\n第二个试验的死亡率为 30/60(50%),p=0.01。")
            .Findings.Should().NotContain(f => f.Id == "CC4004");
}

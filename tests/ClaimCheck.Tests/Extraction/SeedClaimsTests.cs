using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// The five seed pages (corpus/seeds), read whole as raw text: every claim SEEDS.md lists, in order,
/// and nothing from the chrome (member titles, "Messages: 1,778", dates, PMIDs, DOIs, citations).
/// The lists are written by hand from the pages.
/// </summary>
[TestFixture]
public sealed class SeedClaimsTests
{
    private static readonly string[] Seed000 =
    [
        "Count `One hundred patients`",
        "Count `n\u2009=\u200965`",
        "Dose `4\u2009×\u2009107 cells/dose`",
        "Proportion `46.94% (23/49)`",
        "Proportion `34.48% (10/29)`",
        "RatioEstimate `odds ratio [OR]\u2009=\u20091.68, 95% confidence interval [CI]: 0.65–4.34`",
        "GroupComparison `(67.0) compared to the placebo group (50.0)`",
        "DifferenceEstimate `difference of 12.86 (95% CI: 1.44–24.28)`",
        "Significance `similar`",
        "Significance `No significant differences`",
        "Proportion `53.06% (26/49)`",
        "Proportion `67.86% (19/28)`",
        "RatioEstimate `OR\u2009=\u20090.54, 95% CI: 0.20–1.41`",
        "Significance `may offer potential benefits`",
        "Significance `improved`",
        "Count `101 severe COVID-19 patients`",
        "AllocationRatio `2:1`",
        "Dose `4\u2009×\u2009107 cells per infusion`",
        "Count `100 COVID-19 patients`",
        "Count `n\u2009=\u200965`",
        "Count `n\u2009=\u200935`",
        "Significance `improvement`",
        "DifferenceEstimate `median difference was −13.31%, 95% CI −29.14%, 2.13%, P\u2009=\u20090.080`",
        "Significance `significantly reduced`",
        "DifferenceEstimate `median difference: −15.45%; 95% CI −30.82%, −0.39%; P\u2009=\u20090.043`",
        "DifferenceEstimate `difference: 27.00\u2009m; 95% CI 0.00, 57.00; P\u2009=\u20090.057`",
        "Significance `similar`",
        "Significance `potentially effective`",
    ];

    private static readonly string[] Seed001 =
    [
        "Significance `benefit`",
        "Significance `improvement`",
        "Count `100 subjects`",
        "Count `n = 65`",
        "Count `n = 35`",
        "Significance `improved`",
        "DifferenceEstimate `difference of −10.8%`",
        "Proportion `17.9% (10/56)`",
        "Significance `no inter-group difference`",
        "Significance `no inter-group difference`",
        "Significance `similar`",
        "Significance `improves`",
    ];

    private static readonly string[] Seed002 =
    [
        "Count `100 patients`",
        "Significance `improved`",
        "DifferenceEstimate `difference of -10.8% (95% CI: -20.7%, -1.5%, p = 0.030)`",
        "Proportion `17.9% (10/56)`",
        "PValue `p = 0.013`",
        "Significance `similar`",
        "GroupComparison `61.6% vs. 67.6%`",
        "Significance `No difference`",
        "Significance `benefit`",
        "Count `100`",
        "DifferenceEstimate `差异为-10.8%(95%CI:-20.7%,-1.5%,p=0.030)`",
        "Proportion `17.9%(10/56)`",
        "PValue `p=0.013`",
        "GroupComparison `61.6%比 67.6%`",
    ];

    private static readonly string[] Seed003 =
    [
        "Significance `did not demonstrate significant`",
        "Count `100 patients`",
        "Count `65 receiving MSC treatment`",
        "Count `35 receiving a placebo`",
        "Significance `marginally smaller`",
        "Significance `no significant differences`",
        "Count `100 severe COVID-19 patients`",
        "Count `65 receiving MSC treatment`",
        "Count `35 receiving a placebo`",
        "Significance `marginally smaller`",
        "Significance `No significant differences`",
        "Significance `does not show significant`",
        "Significance `no significant`",
    ];

    private static readonly string[] Seed004 =
    [
        "Significance `improvement`",
        "Significance `improvement`",
        "Count `Seventeen patients`",
        "Dose `5 × 105 cells/kg`",
        "Count `n = 11`",
        "Count `n = 6`",
        "Significance `improvement`",
    ];

    private static IEnumerable<TestCaseData> Seeds()
    {
        yield return new TestCaseData("seeds/000_ee862e205fadbfc4.txt", Seed000, 2).SetName("Seed 000 (Science for ME thread)");
        yield return new TestCaseData("seeds/001_db98887bc4b493aa.txt", Seed001, 0).SetName("Seed 001 (Medznat summary)");
        yield return new TestCaseData("seeds/002_bc1ab4963135bc6e.txt", Seed002, 0).SetName("Seed 002 (EBioMedicine abstract, English and Chinese)");
        yield return new TestCaseData("seeds/003_b2b854ce0c420455.txt", Seed003, 0).SetName("Seed 003 (MedPath summary)");
        yield return new TestCaseData("seeds/004_234abb51753c3ea1.txt", Seed004, 1).SetName("Seed 004 (PubMed page)");
    }

    [TestCaseSource(nameof(Seeds))]
    public void Extracts_exactly_the_claims_of_the_seed(string file, string[] expected, int reconstructed)
    {
        string text = File.ReadAllText(Corpus.PathOf(file));

        var result = ClaimExtractor.ExtractFromText(text, file);

        result.Claims.Select(c => $"{c.Kind} `{c.Text}`").Should().Equal(expected);
        result.Findings.Select(f => f.Id).Should().Equal(Enumerable.Repeat(InputRules.ReconstructedNumber.Id, reconstructed));
        result.Claims.Where(c => c.Text != text.Substring(c.Span.Start, c.Span.Length)).Should().BeEmpty();
    }
}

using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// The 40 Evidence Inference abstracts read in full for the recall audit (docs/accuracy/recall-abstracts.md): every
/// claim keeps its exact text, and the hand-counted proportions, ratio estimates and p-values of a few of them are
/// found. The papers are read from the shared data (../shared/data/evidence-inference/abstracts-dev, never committed),
/// title and abstract only; without it these tests are skipped.
/// </summary>
[TestFixture]
public sealed class EvidenceInferenceSampleTests
{
    // The 30 abstracts drawn with seed 20260312 and the 10 drawn with seed 20260321 for the recall audit.
    private static readonly string[] Papers =
    [
        "PMC1774569", "PMC1839864", "PMC1865087", "PMC1888710", "PMC3160381", "PMC3180783", "PMC3382640", "PMC3488813",
        "PMC3531529", "PMC3549293", "PMC3620378", "PMC3647147", "PMC3759706", "PMC3846267", "PMC3880665", "PMC3929824",
        "PMC4061186", "PMC4258079", "PMC4431324", "PMC4464926", "PMC4468068", "PMC4497726", "PMC4526336", "PMC4554233",
        "PMC4610927", "PMC4789479", "PMC4805129", "PMC4867039", "PMC5057414", "PMC5370803", "PMC5379203", "PMC5452353",
        "PMC5549592", "PMC5599918", "PMC5721487", "PMC5729494", "PMC5807505", "PMC5808396", "PMC5886394", "PMC5985865",
    ];

    private static IEnumerable<string> Files() => Papers.Select(p => p + ".abst");

    /// <summary>The title and abstract of a paper: its file cut before the first line that opens a BODY section.</summary>
    private static string Read(string file)
    {
        string text = File.ReadAllText(SharedData.Require("evidence-inference/abstracts-dev/" + file));
        int body = text.IndexOf("\nBODY", StringComparison.Ordinal);
        return body < 0 ? text : text[..(body + 1)];
    }

    [TestCaseSource(nameof(Files))]
    public void Every_claim_is_its_exact_text_and_numeric_claims_share_numbers_only_in_comparisons(string file)
    {
        string text = Read(file);

        var claims = ClaimExtractor.ExtractFromText(text, file).Claims.ToList();

        claims.Where(c => c.Text != text.Substring(c.Span.Start, c.Span.Length)).Should().BeEmpty();
        claims.Select(c => c.Span.Start).Should().BeInAscendingOrder();
        foreach (var claim in claims)
        {
            claim.Numbers.Where(n => !claim.Span.Contains(n.Span) || n.Text != text.Substring(n.Span.Start, n.Span.Length)).Should().BeEmpty($"`{claim.Text}`");
        }

        var numeric = claims.Where(c => c.Kind is not (ClaimKind.GroupComparison or ClaimKind.Significance)).ToList();
        for (int i = 1; i < numeric.Count; i++)
        {
            numeric[i].Span.Start.Should().BeGreaterThanOrEqualTo(numeric[i - 1].Span.End, $"`{numeric[i - 1].Text}` and `{numeric[i].Text}` must not share text");
        }
    }

    [Test]
    public void Finds_the_four_risk_ratios_with_their_intervals_in_the_buprenorphine_trial()
    {
        var ratios = Extract("PMC1774569.abst").OfType<RatioEstimateClaim>().ToList();

        ratios.Select(r => r.Text).Should().Equal(
            "RR 0.58 CI 0.35–0.96, p = 0.065",
            "RR 2.06 CI 1.33–3.21, p = 0.028",
            "RR 1.55 CI 0.96–2.52",
            "RR 1.45 CI 0.84–2.49");
        ratios.Should().OnlyContain(r => r.Measure == RatioMeasure.RiskRatio && r.Interval != null);
        ratios[0].P!.ValueText.Should().Be("0.065");
    }

    [Test]
    public void Takes_the_predictive_values_as_proportions_and_not_the_five_percent_thresholds()
    {
        var proportions = Extract("PMC3160381.abst").OfType<ProportionClaim>().ToList();

        proportions.Select(p => p.Percent!.Value.Text).Should().Equal("86.1", "50.8", "87.1", "71.7");
    }

    [Test]
    public void Reads_p_written_as_p_equals_value_equals()
    {
        var pValues = Extract("PMC5808396.abst").OfType<PValueClaim>().ToList();

        pValues.Select(p => p.P.Value!.Value.Value).Should().Equal(0.02, 0.12);
    }

    [Test]
    public void Finds_all_eleven_p_values_of_a_long_results_sentence()
    {
        var pValues = Extract("PMC5886394.abst").OfType<PValueClaim>().ToList();

        pValues.Should().HaveCount(11);
        pValues.Count(p => p.P.Relation == RelationalOperator.Less && p.P.ValueText == "0.01").Should().Be(10);
        pValues.Should().ContainSingle(p => p.P.Relation == RelationalOperator.Equal && p.P.ValueText == "0.02");
    }

    private static List<Claim> Extract(string file)
    {
        string text = Read(file);
        return ClaimExtractor.ExtractFromText(text, file).Claims.ToList();
    }
}

using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Verification.Rules.Changes;

/// <summary>
/// CC2017 (Info): a hazard ratio described as a change in probability ("HR 0.70: patients were 30% less likely to die").
/// A hazard ratio compares instantaneous rates over follow-up; the probability of the event by a given time changes
/// by less, so "likely" overstates it. Fires for a relative change worded in probability (Lexicons/probability-words.txt)
/// in the sentence of a hazard ratio.
/// </summary>
internal sealed class HazardAsProbabilityRule : ClaimRule
{
    internal static readonly RuleDescriptor Rule = new(
        RuleIds.HazardAsProbability,
        "Hazard ratio described as a probability",
        "'{0}' describes the hazard ratio {1} as a change in probability; a hazard ratio compares event rates over time, and the probability of the event by a given time changes by less",
        RuleCategory.Estimates,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [Rule];

    public override void Analyze(RuleContext context)
    {
        foreach (var basis in context.Links.ChangeBases)
        {
            if (basis.Claim is RelativeChangeClaim { About: { } about } change && Lexicons.Lexicon.ProbabilityWords.Contains(about)
                && basis.Ratios.FirstOrDefault(r => r.Measure == RatioMeasure.HazardRatio) is { } hr)
            {
                context.Report(Rule, change.Span, [hr.Estimate.Span], null, change.Text, $"{hr.MeasureText} {hr.Estimate.Text}");
            }
        }
    }
}

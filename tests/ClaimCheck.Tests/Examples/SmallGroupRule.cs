using System.Collections.Immutable;
using ClaimCheck;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Verification;

namespace MyForum.Moderation;

/// <summary>A forum's own rule: a percentage of fewer than 20 people is worth a note.</summary>
public sealed class SmallGroupRule : ClaimRule
{
    // Ids of your own rules must not start with "CC" (those are ClaimCheck's).
    public static readonly RuleDescriptor SmallGroup = new(
        "FORUM001",
        "Percentage of a small group",
        "{0} is a percentage of only {1} people: one person more or less moves it by {2} points",
        RuleCategory.Custom,
        Severity.Info);

    public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [SmallGroup];

    // One instance serves every document, on any thread: keep no state in fields.
    public override void Analyze(RuleContext context)
    {
        foreach (var proportion in context.Claims.OfType<ProportionClaim>())
        {
            if (proportion is { Percent: { } percent, Total: { Value: > 0 and < 20 } total, TotalFromContext: false })
            {
                string step = (100 / total.Value).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
                context.Report(SmallGroup, proportion.Span, percent.ToString(), total.Text, step);
            }
        }
    }
}

/// <summary>Builds the pipeline once and checks posts with it.</summary>
public static class Moderation
{
    // Built once: a pipeline is immutable and thread-safe.
    private static readonly ClaimPipeline Pipeline = new ClaimPipelineBuilder()
        .UseDefaultRules()
        .AddRule(new SmallGroupRule())
        .WithOptions(VerifierOptions.Default.WithSeverity("FORUM001", Severity.Warning))
        .Build();

    public static IEnumerable<string> Check(string post)
    {
        var result = Pipeline.Check(post, "post.txt");
        foreach (var finding in result.Findings)
        {
            yield return $"{finding.Location.Position}: {finding.Severity} {finding.Id}: {finding.Message}";
        }
    }
}

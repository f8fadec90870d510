using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Verification;

namespace ClaimCheck.Tests.Api;

/// <summary>A user's rule added through the builder: it runs beside the built-in rules under the same policy, and its ids are checked.</summary>
public sealed class ClaimPipelineBuilderTests
{
    private const string Text = "Of 49 patients, 23 (46.9%) improved; 60.0% (9/15) of the others did.";

    private static readonly RuleDescriptor EveryProportion = new("LOCAL001", "Every proportion", "proportion '{0}'", RuleCategory.Custom, Severity.Warning);

    /// <summary>Reports each proportion claim, or (with <see cref="Undeclared"/>) an id it did not declare.</summary>
    private sealed class ProportionRule(ImmutableArray<RuleDescriptor> supported, RuleDescriptor reported) : ClaimRule
    {
        public override ImmutableArray<RuleDescriptor> SupportedRules => supported;

        public override void Analyze(RuleContext context)
        {
            foreach (var claim in context.Claims.OfType<ProportionClaim>())
            {
                context.Report(reported, claim.Span, claim.Text);
            }
        }
    }

    private static ProportionRule Declared() => new([EveryProportion], EveryProportion);

    private static readonly RuleDescriptor Undeclared = EveryProportion with { Id = "LOCAL002" };

    [Test]
    public void A_user_rule_runs_beside_the_built_in_rules()
    {
        var result = new ClaimPipelineBuilder().UseDefaultRules().AddRule(Declared()).Build().Check(Text, "post.txt");

        result.Findings.Where(f => f.Id == "LOCAL001").Select(f => (f.Severity, f.Message, f.Location.Text))
            .Should().Equal((Severity.Warning, "proportion '23 (46.9%)'", "23 (46.9%)"), (Severity.Warning, "proportion '60.0% (9/15)'", "60.0% (9/15)"));
        result.Findings.Select(f => f.Id).Should().Equal(ClaimChecker.Check(Text, "post.txt").Findings.Select(f => f.Id).Append("LOCAL001").Append("LOCAL001").Order(StringComparer.Ordinal),
            "the built-in findings are those of the default pipeline");
    }

    [Test]
    public void Without_the_default_rules_only_the_user_rule_runs()
    {
        var pipeline = new ClaimPipelineBuilder().AddRule(Declared()).Build();

        pipeline.Check(Text, null).Findings.Select(f => f.Id).Should().Equal("LOCAL001", "LOCAL001");
        pipeline.Rules.Select(r => r.Id).Should().Contain("LOCAL001").And.NotContain("CC1001");
    }

    [Test]
    public void The_options_apply_to_a_user_rule()
    {
        var builder = new ClaimPipelineBuilder().UseDefaultRules().AddRule(Declared());

        builder.WithOptions(VerifierOptions.Default.WithSeverity("local001", Severity.Info)).Build().Check(Text, null).Findings
            .Where(f => f.Id == "LOCAL001").Should().HaveCount(2).And.OnlyContain(f => f.Severity == Severity.Info);
        builder.WithOptions(VerifierOptions.Default.WithSeverity("LOCAL001", null)).Build().Check(Text, null).Findings
            .Should().NotContain(f => f.Id == "LOCAL001");
    }

    [TestCase("CC1234")]
    [TestCase("cc0001")]
    [TestCase("CC1003")]
    public void A_user_rule_id_starting_with_CC_is_refused(string id)
    {
        var rule = new ProportionRule([EveryProportion with { Id = id }], EveryProportion with { Id = id });

        FluentActions.Invoking(() => new ClaimPipelineBuilder().AddRule(rule)).Should().Throw<ArgumentException>()
            .WithMessage($"*{id}*").Which.ParamName.Should().Be("rule");
    }

    [Test]
    public void A_user_rule_without_descriptors_or_sharing_an_id_is_refused()
    {
        FluentActions.Invoking(() => new ClaimPipelineBuilder().AddRule(new ProportionRule([], EveryProportion))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ClaimPipelineBuilder().AddRule(Declared()).AddRule(Declared()).Build()).Should().Throw<ArgumentException>().WithMessage("*LOCAL001*");
    }

    [Test]
    public void Reporting_an_id_the_rule_did_not_declare_throws()
    {
        var pipeline = new ClaimPipelineBuilder().AddRule(new ProportionRule([EveryProportion], Undeclared)).Build();

        FluentActions.Invoking(() => pipeline.Check(Text, null)).Should().Throw<InvalidOperationException>().WithMessage("*LOCAL002*SupportedRules*");
    }

    /// <summary>Reports one span past the end of the text.</summary>
    private sealed class PastTheEndRule : ClaimRule
    {
        public override ImmutableArray<RuleDescriptor> SupportedRules { get; } = [EveryProportion];

        public override void Analyze(RuleContext context) => context.Report(EveryProportion, new Text.TextSpan(0, context.Document.Source.Length + 1), "x");
    }

    [Test]
    public void Reporting_a_span_outside_the_text_throws()
        => FluentActions.Invoking(() => new ClaimPipelineBuilder().AddRule(new PastTheEndRule()).Build().Check(Text, null)).Should().Throw<ArgumentOutOfRangeException>();

    [Test]
    public void Every_built_in_rule_reports_only_what_it_declares()
    {
        // Report refuses undeclared ids, so checking pages that fire every built-in rule proves the declarations complete.
        foreach (string path in Directory.EnumerateFiles(Corpus.PathOf("seeds"), "*.txt"))
        {
            FluentActions.Invoking(() => ClaimChecker.CheckFile(path)).Should().NotThrow(path);
        }
    }
}

using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;
using ClaimCheck.Verification;

namespace ClaimCheck;

/// <summary>
/// Puts a <see cref="ClaimPipeline"/> together: which rules run (the built-in ones, a user's own), with
/// which options. Registration is explicit (no scanning of assemblies). Not thread-safe; the pipeline it
/// builds is.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new ClaimPipelineBuilder().UseDefaultRules().AddRule(new MyRule()).Build();
/// var result = pipeline.CheckFile("thread.html");
/// </code>
/// </example>
public sealed class ClaimPipelineBuilder
{
    private readonly List<ClaimRule> _rules = [];
    private bool _defaultRules;
    private VerifierOptions _options = VerifierOptions.Default;
    private ReaderOptions _readerOptions = ReaderOptions.Default;

    /// <summary>Runs the built-in rules (CC1xxx–CC4xxx, CC9001), before any added rule.</summary>
    public ClaimPipelineBuilder UseDefaultRules()
    {
        _defaultRules = true;
        return this;
    }

    /// <summary>Adds a user's own rule; it runs after the built-in ones, in the order added.</summary>
    /// <param name="rule">The rule. Its ids must be non-empty and must not start with <c>CC</c>, which marks the built-in rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule declares no descriptor, or an id that is empty or starts with <c>CC</c>.</exception>
    public ClaimPipelineBuilder AddRule(ClaimRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var declared = rule.SupportedRules;
        if (declared.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"The rule {rule.GetType().Name} declares no descriptor in SupportedRules.", nameof(rule));
        }

        foreach (var descriptor in declared)
        {
            if (descriptor is null || string.IsNullOrWhiteSpace(descriptor.Id))
            {
                throw new ArgumentException($"The rule {rule.GetType().Name} declares a descriptor without an id.", nameof(rule));
            }

            if (RuleIds.IsBuiltInRange(descriptor.Id))
            {
                throw new ArgumentException($"The rule {rule.GetType().Name} declares the id '{descriptor.Id}': ids starting with \"CC\" belong to ClaimCheck's own rules; give your rule another prefix.", nameof(rule));
            }
        }

        _rules.Add(rule);
        return this;
    }

    /// <summary>Sets the verification options (severities, α); <see cref="VerifierOptions.Default"/> unless set.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ClaimPipelineBuilder WithOptions(VerifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Sets the reader's options (size limit, input format); <see cref="ReaderOptions.Default"/> unless set.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ClaimPipelineBuilder WithReaderOptions(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _readerOptions = options;
        return this;
    }

    /// <summary>Builds the pipeline. The builder can go on to build others.</summary>
    /// <exception cref="ArgumentException">
    /// The options set the severity of an id no rule of the pipeline reports, or two added rules declare the same id.
    /// </exception>
    public ClaimPipeline Build()
    {
        var duplicate = _rules.SelectMany(r => r.SupportedRules.Select(d => (Rule: r, d.Id)))
            .GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Select(p => p.Rule).Distinct().Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two added rules declare the id '{duplicate.Key}'; each id belongs to one rule.");
        }

        ImmutableArray<ClaimRule> rules = [.. _defaultRules ? RuleCatalog.Rules : [], .. _rules];
        return new ClaimPipeline(new ThreadReader(_readerOptions), new Verifier(_options, rules));
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ClaimCheck.Cli.Config;
using ClaimCheck.Diagnostics;
using ClaimCheck.Verification;

namespace ClaimCheck.Cli;

/// <summary>The options <c>check</c> and <c>compare</c> share (format, output, severities), one set per command.</summary>
internal sealed class ReportOptions
{
    /// <summary>The formats of <c>check</c>, the first the default.</summary>
    internal static readonly string[] CheckFormats = ["text", "json", "sarif", "html", "csv", "github"];

    private static readonly string[] Severities = ["info", "warning", "error"];

    private readonly bool _multiple;
    private readonly string _defaultFormat;
    private readonly Option<string[]> _format;
    private readonly Option<string[]> _output;
    private readonly Option<double?> _alpha;

    private readonly Option<string> _minSeverity = new("--min-severity")
    {
        Description = "Report only findings at or above this severity.",
        DefaultValueFactory = _ => "info",
    };

    private readonly Option<string> _failOn = new("--fail-on")
    {
        Description = "Exit with 1 when a reported finding is at or above this severity.",
        DefaultValueFactory = _ => "error",
    };

    private readonly Option<string[]> _rule = new("--rule")
    {
        Description = "Set a rule's severity or turn it off, e.g. --rule CC1003=error --rule CC3003=off (repeatable).",
        HelpName = "id=off|info|warning|error",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<Uri?> _helpBaseUri = new("--help-base-uri")
    {
        Description = "The repository address the rule pages (docs/rules/<id>.md) are under, e.g. https://example.org/claimcheck/: SARIF's helpUri and the HTML report's rule links; without it SARIF has no helpUri and HTML links are relative.",
        HelpName = "uri",
        CustomParser = ParseHelpBaseUri,
    };

    /// <summary>Creates the options; <paramref name="formats"/> are the values <c>--format</c> accepts, the first the default.</summary>
    /// <param name="severalReports">True when one run may write several reports (<c>check</c>).</param>
    /// <param name="formats">The formats accepted.</param>
    internal ReportOptions(bool severalReports, params string[] formats)
    {
        _multiple = severalReports;
        _defaultFormat = formats[0];
        _format = new Option<string[]>("--format", "-f")
        {
            Description = _multiple
                ? $"Output format (default {formats[0]}, or claimcheck.json's formats); repeat with --output for several reports in one run."
                : $"Output format (default {formats[0]}).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        _output = new Option<string[]>("--output", "-o")
        {
            Description = _multiple
                ? "Write the report to this file instead of standard output; after a --format, that format's file."
                : "Write the report to this file instead of standard output.",
            HelpName = "file",
            Arity = ArgumentArity.ZeroOrMore,
        };
        _alpha = new Option<double?>("--alpha")
        {
            Description = _multiple
                ? "The significance level for decisions, between 0 and 1 (default 0.05, or claimcheck.json's alpha)."
                : "The significance level for decisions, between 0 and 1 (default 0.05).",
            HelpName = "level",
        };
        _format.AcceptOnlyFromAmong(formats);
        _minSeverity.AcceptOnlyFromAmong(Severities);
        _failOn.AcceptOnlyFromAmong(Severities);
        _rule.Validators.Add(ValidateRules);
        _alpha.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } alpha && !(alpha > 0 && alpha < 1))
            {
                result.AddError($"--alpha must be between 0 and 1, both excluded (got {alpha.ToString(CultureInfo.InvariantCulture)})");
            }
        });
    }

    /// <summary>The format named <paramref name="name"/> (case-insensitive) among those of <c>check</c>, or null.</summary>
    internal static ReportFormat? ParseFormat(string name)
        => CheckFormats.Contains(name, StringComparer.OrdinalIgnoreCase) ? Enum.Parse<ReportFormat>(name, ignoreCase: true) : null;

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    internal void AddTo(Command command)
    {
        command.Options.Add(_format);
        command.Options.Add(_output);
        command.Options.Add(_minSeverity);
        command.Options.Add(_failOn);
        command.Options.Add(_rule);
        command.Options.Add(_alpha);
        command.Options.Add(_helpBaseUri);
    }

    /// <summary>The settings of a parse that passed validation.</summary>
    internal ReportSettings Read(ParseResult parse)
    {
        var verifier = VerifierOptions.Default;
        foreach (var rule in parse.GetValue(_rule) ?? [])
        {
            var (id, severity) = ParseRule(rule)!.Value;
            verifier = verifier.WithSeverity(id, severity);
        }

        double? alpha = parse.GetValue(_alpha);
        if (alpha is { } a)
        {
            verifier = verifier with { Alpha = a };
        }

        return new ReportSettings(
            Targets(Pairs(parse)),
            alpha,
            ParseSeverity(parse.GetValue(_minSeverity)!),
            ParseSeverity(parse.GetValue(_failOn)!),
            verifier,
            parse.GetValue(_helpBaseUri));
    }

    /// <summary>
    /// The <c>--format</c> and <c>--output</c> values in command-line order, paired: an <c>--output</c> is the
    /// file of the nearest <c>--format</c> before it (one given before any <c>--format</c>, of the first).
    /// A format is null for an <c>--output</c> with no <c>--format</c> at all.
    /// </summary>
    /// <exception cref="UsageException">A format has two outputs.</exception>
    private List<(string? Format, string? Output)> Pairs(ParseResult parse)
    {
        var pairs = new List<(string? Format, string? Output)>();
        string? early = null;
        var tokens = parse.Tokens;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option || tokens[i + 1].Type != TokenType.Argument)
            {
                continue;
            }

            string value = tokens[i + 1].Value;
            if (_format.Name == tokens[i].Value || _format.Aliases.Contains(tokens[i].Value))
            {
                pairs.Add((value, pairs.Count == 0 ? early : null));
            }
            else if (_output.Name == tokens[i].Value || _output.Aliases.Contains(tokens[i].Value))
            {
                if (pairs.Count == 0 && early is null)
                {
                    early = value;
                }
                else if (pairs.Count > 0 && pairs[^1].Output is null)
                {
                    pairs[^1] = (pairs[^1].Format, value);
                }
                else
                {
                    throw new UsageException($"error: --output {value}: each --format takes one --output, given after it (e.g. -f sarif -o report.sarif -f csv -o report.csv)");
                }
            }
        }

        if (pairs.Count == 0 && early is not null)
        {
            pairs.Add((null, early));
        }

        return pairs;
    }

    /// <summary>
    /// The reports: each format with its output; a format without an output goes to standard output, which
    /// at most one may. Empty when neither <c>--format</c> nor <c>--output</c> is given, so that claimcheck.json
    /// or the default decides (an <c>--output</c> alone is the default format's file).
    /// </summary>
    /// <exception cref="UsageException">The pairs do not fit.</exception>
    private List<ReportTarget> Targets(List<(string? Format, string? Output)> pairs)
    {
        if (pairs.Count > 1 && !_multiple)
        {
            throw new UsageException("error: this command writes one report: give one --format");
        }

        var targets = pairs.Select(p => new ReportTarget(ParseFormat(p.Format ?? _defaultFormat)!.Value, p.Output)).ToList();
        if (targets.Count(t => t.Path is null) > 1)
        {
            throw new UsageException("error: only one report can go to standard output: give each --format but one an --output");
        }

        if (targets.Where(t => t.Path is not null).GroupBy(t => Path.GetFullPath(t.Path!), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new UsageException($"error: two reports would both be written to {twice.First().Path}");
        }

        return targets;
    }

    private static Severity ParseSeverity(string name) => Enum.Parse<Severity>(name, ignoreCase: true);

    /// <summary>Reads <c>CC1003=off</c>: the catalogue's id and the severity (null: off), or null when malformed.</summary>
    private static (string Id, Severity? Severity)? ParseRule(string text)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0 || RuleCatalog.Find(text[..equals].Trim()) is not { } rule)
        {
            return null;
        }

        return text[(equals + 1)..].Trim().ToLowerInvariant() switch
        {
            "off" => (rule.Id, null),
            "info" => (rule.Id, Severity.Info),
            "warning" => (rule.Id, Severity.Warning),
            "error" => (rule.Id, Severity.Error),
            _ => null,
        };
    }

    private static void ValidateRules(OptionResult result)
    {
        foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
        {
            if (ParseRule(value) is null)
            {
                result.AddError($"--rule '{value}': expected <id>=off|info|warning|error with an id that 'claimcheck rules' lists, e.g. CC1003=off");
            }
        }
    }

    private static Uri? ParseHelpBaseUri(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "file")
        {
            return uri;
        }

        result.AddError($"--help-base-uri '{text}' is not an absolute http, https or file URI");
        return null;
    }
}

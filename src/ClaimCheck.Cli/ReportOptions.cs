using System.CommandLine;
using System.CommandLine.Parsing;
using ClaimCheck.Diagnostics;
using ClaimCheck.Verification;

namespace ClaimCheck.Cli;

/// <summary>The options <c>check</c> and <c>compare</c> share (format, output, severities), one set per command.</summary>
internal sealed class ReportOptions
{
    private static readonly string[] Severities = ["info", "warning", "error"];

    private readonly Option<string> _format;
    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
        HelpName = "file",
    };

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
        Description = "SARIF only: an absolute URI the rules' help pages (docs/rules/<id>.md) are relative to; default: relative links.",
        HelpName = "uri",
        CustomParser = ParseHelpBaseUri,
    };

    /// <summary>Creates the options; <paramref name="formats"/> are the values <c>--format</c> accepts, the first the default.</summary>
    internal ReportOptions(params string[] formats)
    {
        _format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => formats[0],
        };
        _format.AcceptOnlyFromAmong(formats);
        _minSeverity.AcceptOnlyFromAmong(Severities);
        _failOn.AcceptOnlyFromAmong(Severities);
        _rule.Validators.Add(ValidateRules);
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    internal void AddTo(Command command)
    {
        command.Options.Add(_format);
        command.Options.Add(_output);
        command.Options.Add(_minSeverity);
        command.Options.Add(_failOn);
        command.Options.Add(_rule);
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

        return new ReportSettings(
            Enum.Parse<ReportFormat>(parse.GetValue(_format)!, ignoreCase: true),
            parse.GetValue(_output),
            ParseSeverity(parse.GetValue(_minSeverity)!),
            ParseSeverity(parse.GetValue(_failOn)!),
            verifier,
            parse.GetValue(_helpBaseUri));
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

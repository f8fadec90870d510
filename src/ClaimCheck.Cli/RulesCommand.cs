using System.CommandLine;
using ClaimCheck.Verification;
using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary><c>claimcheck rules</c>: a table of every rule with its title, default severity and help page.</summary>
internal static class RulesCommand
{
    /// <summary>Creates the command, writing through <paramref name="console"/>.</summary>
    internal static Command Create(CliConsole console)
    {
        var command = new Command("rules", "List every rule: id, title, default severity, help page.");
        command.SetAction(_ =>
        {
            var table = new Table().AddColumns("Id", "Title", "Default", "Help");
            foreach (var rule in RuleCatalog.All)
            {
                string colour = rule.DefaultSeverity switch
                {
                    Diagnostics.Severity.Error => "red",
                    Diagnostics.Severity.Warning => "yellow",
                    _ => "cyan",
                };
                table.AddRow(
                    new Markup(Markup.Escape(rule.Id)),
                    new Markup(Markup.Escape(rule.Title)),
                    new Markup($"[{colour}]{rule.DefaultSeverity.ToString().ToLowerInvariant()}[/]"),
                    new Markup(Markup.Escape(rule.HelpLink)));
            }

            console.OutConsole.Write(table);
            return ExitCodes.Clean;
        });
        return command;
    }
}

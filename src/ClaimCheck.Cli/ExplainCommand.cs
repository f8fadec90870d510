using System.CommandLine;
using ClaimCheck.Verification;

namespace ClaimCheck.Cli;

/// <summary><c>claimcheck explain CC1003</c>: prints the rule's help page (Markdown, embedded in the library).</summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command, writing through <paramref name="console"/>.</summary>
    internal static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "A rule id, e.g. CC1003 ('claimcheck rules' lists them)." };
        var command = new Command("explain", "Print a rule's help page: what it means, how it decides, what does not fire, an example.");
        command.Arguments.Add(id);
        command.SetAction(parse =>
        {
            string rule = parse.GetValue(id)!;
            if (RuleCatalog.GetHelpMarkdown(rule) is not { } page)
            {
                throw new UsageException($"error: unknown rule id '{rule}'; 'claimcheck rules' lists them");
            }

            console.Out.Write(page);
            console.Out.Flush();
            return ExitCodes.Clean;
        });
        return command;
    }
}

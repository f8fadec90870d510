using System.Text;

namespace ClaimCheck.Cli.Tests;

/// <summary>docs/cli.md holds the current <c>--help</c> text of every command, as the real binary prints it.</summary>
public sealed class CliHelpDocsTests
{
    private const string Begin = "<!-- help:begin -->";
    private const string End = "<!-- help:end -->";

    private static readonly string[][] Commands = [[], ["check"], ["compare"], ["rules"], ["explain"]];

    private static string DocsPath => Path.Combine(Corpus.Root, "..", "docs", "cli.md");

    [Test]
    public void Docs_cli_md_contains_the_current_help_of_every_command()
    {
        var section = new StringBuilder();
        foreach (var command in Commands)
        {
            var run = RealCli.Run(Corpus.Root, null, [.. command, "--help"]);
            run.ExitCode.Should().Be(0, run.Error);
            string help = string.Join('\n', run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim('\n');
            section.Append("```\n$ ").AppendJoin(' ', ["claimcheck", .. command, "--help"]).Append('\n').Append(help).Append("\n```\n\n");
        }

        string generated = section.ToString().TrimEnd('\n') + "\n";
        string docs = File.ReadAllText(DocsPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        int begin = docs.IndexOf(Begin, StringComparison.Ordinal);
        int end = docs.IndexOf(End, StringComparison.Ordinal);
        begin.Should().BeGreaterThan(-1).And.BeLessThan(end, $"docs/cli.md must have a {Begin} … {End} section");
        string current = docs[(begin + Begin.Length)..end].Trim('\n') + "\n";

        if (Environment.GetEnvironmentVariable("CLAIMCHECK_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocsPath, docs[..(begin + Begin.Length)] + "\n" + generated + docs[end..]);
            Assert.Inconclusive("docs/cli.md rewritten from the current --help; review the diff");
        }

        current.Should().Be(generated, "docs/cli.md shows the real --help; regenerate it with CLAIMCHECK_UPDATE_DOCS=1 (see the section's note)");
    }
}

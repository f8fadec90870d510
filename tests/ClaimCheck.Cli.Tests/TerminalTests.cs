using System.Text.RegularExpressions;

namespace ClaimCheck.Cli.Tests;

/// <summary>
/// The real binary on a terminal (a pseudo-terminal from util-linux <c>script</c>) and with redirected
/// streams: colours only on a terminal and never with <c>NO_COLOR</c>; the progress bar only where it can be
/// redrawn in place, never as <c>Checking: N%</c> lines.
/// </summary>
public sealed partial class TerminalTests
{
    private static readonly Dictionary<string, string?> Xterm = new() { ["TERM"] = "xterm-256color", ["NO_COLOR"] = null, ["CI"] = null };

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Colour();

    [Test]
    public void Findings_on_a_terminal_are_coloured_unless_NO_COLOR_is_set()
    {
        var coloured = RealCli.RunOnTerminal(Corpus.Root, Xterm, "check", Corpus.Seed000);
        var plain = RealCli.RunOnTerminal(Corpus.Root, new Dictionary<string, string?>(Xterm) { ["NO_COLOR"] = "1" }, "check", Corpus.Seed000);
        var error = RealCli.RunOnTerminal(Corpus.Root, new Dictionary<string, string?>(Xterm) { ["NO_COLOR"] = "1" }, "check", Corpus.Seed000, "--alpha", "2");

        coloured.Output.Should().Contain("CC1003");
        Colour().IsMatch(coloured.Output).Should().BeTrue("findings are coloured by severity on a terminal");
        plain.Output.Should().Contain("CC1003");
        Colour().IsMatch(plain.Output).Should().BeFalse("NO_COLOR turns colours off");
        error.Output.Should().Contain("--alpha must be between 0 and 1");
        Colour().IsMatch(error.Output).Should().BeFalse();
    }

    [Test]
    public void The_progress_bar_is_drawn_only_where_it_can_be_redrawn_in_place()
    {
        using var folder = new TempFolder();
        string report = Path.Combine(folder.Path, "report.txt");
        string[] args = ["check", Corpus.PathOf("seeds"), Corpus.PathOf("seeds-html"), "-o", report];

        var terminal = RealCli.RunOnTerminal(folder.Path, Xterm, args);
        var dumb = RealCli.RunOnTerminal(folder.Path, new Dictionary<string, string?>(Xterm) { ["TERM"] = "dumb" }, args);
        var redirected = RealCli.Run(folder.Path, Xterm, args);

        terminal.Output.Should().Contain("Checking", "on a capable terminal the bar is drawn (and cleared)");
        dumb.Output.Should().NotContain("Checking", "a terminal that cannot redraw would get a line per step");
        dumb.Output.Should().Contain("read, 0 failed");
        redirected.Error.Should().NotContain("Checking");
        redirected.Error.Should().Contain("read, 0 failed");
        File.ReadAllText(report).Should().Contain("CC1003");
    }
}

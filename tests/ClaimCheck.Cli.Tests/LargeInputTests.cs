using System.Text;

namespace ClaimCheck.Cli.Tests;

/// <summary>
/// A plain-text file over the reader's 64 MiB limit is checked in parts (ClaimPipeline.CheckFileInParts), all of it,
/// instead of being cut with CC9003; run as the real tool.
/// </summary>
[NonParallelizable]
public sealed class LargeInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private const string Claim = "In the exercise group, 29 of 58 patients (52.7%) reported a benefit.";

    [Test]
    public void A_plain_text_file_over_the_old_limit_is_checked_to_its_end_in_parts()
    {
        using var folder = new TempFolder();
        // 66 MiB: a claim at the top, one past the old limit and one on the last line, between paragraphs of blank
        // filler (white space checks fast, so the test costs the reading, not the rules).
        var text = new StringBuilder();
        text.Append(Claim).Append("\n\n");
        string filler = new string(' ', 1023) + "\n";
        int line = 3;
        int middleLine = 0;
        while (text.Length < 66 * 1024 * 1024)
        {
            if (middleLine == 0 && text.Length > 65 * 1024 * 1024)
            {
                text.Append('\n').Append(Claim).Append("\n\n");
                middleLine = line + 1;
                line += 3;
            }

            text.Append(filler);
            line++;
        }

        text.Append('\n').Append(Claim).Append('\n');
        int lastLine = line + 1;
        string path = folder.Write("big.txt", Encoding.UTF8.GetBytes(text.ToString()));
        new FileInfo(path).Length.Should().BeGreaterThan(64L * 1024 * 1024);

        var run = CliProcess.Run(folder.Path, null, Limit, "check", "big.txt");

        run.ExitCode.Should().NotBe(2, run.ToString());
        run.Error.Should().Contain("1 read, 0 failed, 0 skipped");
        run.Output.Should().Contain("big.txt(1,24): info CC1001: 52.7% is not 29/58")
            .And.Contain($"big.txt({middleLine},24): info CC1001: 52.7% is not 29/58")
            .And.Contain($"big.txt({lastLine},24): info CC1001: 52.7% is not 29/58")
            .And.Contain("big.txt(1,1): info CC9008: the input was checked in parts of at most 1,048,576 characters")
            .And.NotContain("CC9003").And.NotContain("CC9001");
    }
}

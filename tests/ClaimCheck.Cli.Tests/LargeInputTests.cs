using System.Text;

namespace ClaimCheck.Cli.Tests;

/// <summary>
/// A plain-text file over the reader's 64 MiB limit, and an HTML page over 4 MiB, are checked in parts
/// (ClaimPipeline.CheckFileInParts), all of it, instead of being cut with CC9003; run as the real tool.
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

    [Test]
    public void An_HTML_page_over_the_HTML_threshold_is_checked_to_its_end_in_parts_at_the_files_lines()
    {
        using var folder = new TempFolder();
        // 5 MiB (over the 4 MiB at which HTML is checked in parts): a phpBB-like thread whose posts each stand alone, the
        // claim in the first, one in the middle and one in the last post, between posts of filler text (fast to check).
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Exercise - Example Board</title>\n</head>\n<body>\n<div id=\"page-body\">\n");
        int line = 9;
        var claimLines = new List<int>();
        string filler = string.Concat(Enumerable.Repeat("Nothing to count here, only words. ", 28));
        void AddPost(bool claim)
        {
            html.Append("<div class=\"post\"><dl class=\"postprofile\"><dt><a class=\"username\">someone</a></dt></dl>\n<div class=\"postbody\"><div class=\"content\">");
            line++;
            if (claim)
            {
                claimLines.Add(line);
                html.Append(Claim);
            }
            else
            {
                html.Append(filler);
            }

            html.Append("</div></div></div>\n");
            line++;
        }

        AddPost(claim: true);
        while (html.Length < 5 * 1024 * 1024)
        {
            AddPost(claim: claimLines.Count == 1 && html.Length > 2_600_000);
        }

        AddPost(claim: true);
        html.Append("</div>\n</body>\n</html>\n");
        string path = folder.Write("big.html", Encoding.UTF8.GetBytes(html.ToString()));
        new FileInfo(path).Length.Should().BeGreaterThan(4L * 1024 * 1024);
        claimLines.Should().HaveCount(3);
        // The column of "29 of 58" in the line: the markup before the claim, then the claim's own offset.
        int column = "<div class=\"postbody\"><div class=\"content\">".Length + Claim.IndexOf("29 of 58", StringComparison.Ordinal) + 1;

        var run = CliProcess.Run(folder.Path, null, Limit, "check", "big.html");

        run.ExitCode.Should().NotBe(2, run.ToString());
        run.Error.Should().Contain("1 read, 0 failed, 0 skipped");
        foreach (int claimLine in claimLines)
        {
            run.Output.Should().Contain($"big.html({claimLine},{column}): info CC1001: 52.7% is not 29/58");
        }

        run.Output.Should().Contain("big.html(1,1): info CC9008: the page was checked in parts of about 1,048,576 characters of HTML")
            .And.NotContain("CC9003");
    }
}

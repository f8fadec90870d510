using System.Globalization;
using System.Text;
using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;

namespace ClaimCheck.Tests.Api;

/// <summary>
/// <see cref="ClaimPipeline.CheckInParts(TextReader, string?, int)"/>: a long plain text checked a part at a time gives,
/// where nothing links across a cut, the whole text's findings at the whole text's positions.
/// </summary>
public sealed class CheckInPartsTests
{
    /// <summary>A finding with everything that places it: id, severity, message, span, text, line and column, further locations.</summary>
    private static string Describe(Finding f)
        => string.Create(CultureInfo.InvariantCulture, $"{f.Location.Span} {f.Location.Position} {f.Severity} {f.Id}: {f.Message} «{f.Location.Text}»")
            + string.Concat(f.AdditionalLocations.Select(l => string.Create(CultureInfo.InvariantCulture, $" +{l.Span} {l.Position} «{l.Text}»")));

    /// <summary>
    /// Paragraphs that each stand alone (every claim's group sizes and results in the paragraph itself), separated
    /// by blank lines, numbered so that no sentence repeats; each holds findings of several rules.
    /// </summary>
    private static string Paragraphs(int count, string newline)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            int n = 40 + i;
            text.Append(CultureInfo.InvariantCulture, $"Results of trial {i + 1}").Append(newline).Append(newline);
            text.Append(CultureInfo.InvariantCulture, $"In the exercise group of trial {i + 1}, {n / 2} of {n} patients ({(n / 2 * 100.0 / n) + 3:F1}%) reported a benefit.").Append(newline);
            text.Append(CultureInfo.InvariantCulture, $"The adjusted difference in trial {i + 1} was 0.{19 + i} (95% CI 20.82–1.21).").Append(newline);
            text.Append(CultureInfo.InvariantCulture, $"There was an effect on pain in trial {i + 1}, F(l, {28 + i}) = 4.20, p = .05.").Append(newline).Append(newline);
        }

        return text.ToString();
    }

    private static List<string> Whole(string text) => [.. ClaimPipeline.Default.Check(text, "t.txt").Findings.Select(Describe)];

    private static List<CheckedPart> InParts(string text, int partLength = ClaimPipeline.MinPartLength)
        => [.. ClaimPipeline.Default.CheckInParts(new StringReader(text), "t.txt", partLength)];

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void The_parts_findings_are_the_whole_texts_with_spans_lines_and_columns_in_the_whole(string newline)
    {
        string text = Paragraphs(24, newline);
        var whole = Whole(text);
        var parts = InParts(text);

        parts.Should().HaveCountGreaterThan(5, "the text is several times a part's length");
        whole.Should().Contain(f => f.Contains("CC1001")).And.Contain(f => f.Contains("CC9004"));
        parts.SelectMany(p => p.Findings).Where(f => f.Id != RuleIds.CheckedInParts).Select(Describe).Should().Equal(whole);
        // Each part starts where the one before ended, at a paragraph break, and each part's text is the whole's there.
        int expectedStart = 0;
        foreach (var part in parts)
        {
            part.Start.Should().Be(expectedStart);
            var source = part.Result.Document!.Source;
            text.Substring(part.Start, source.Length).Should().Be(source.Text);
            source.Text.Should().EndWith(newline + newline, "a part ends after a blank line when one fits");
            expectedStart += source.Length;
            // The part's own result: spans in the part's text, lines and columns already the whole text's.
            foreach (var finding in part.Result.Findings.Where(f => !f.Location.Span.IsEmpty))
            {
                source.ToString(finding.Location.Span).Should().Be(finding.Location.Text);
            }
        }

        expectedStart.Should().Be(text.Length);
    }

    [Test]
    public void Only_the_first_part_says_the_input_was_checked_in_parts_and_one_part_says_nothing()
    {
        var parts = InParts(Paragraphs(8, "\n"));
        parts[0].Findings.Where(f => f.Id == RuleIds.CheckedInParts).Should().ContainSingle()
            .Which.Message.Should().Contain("1,024 characters");
        parts.Skip(1).SelectMany(p => p.Findings).Should().NotContain(f => f.Id == RuleIds.CheckedInParts);

        string small = Paragraphs(1, "\n");
        var single = InParts(small, 4096);
        single.Should().ContainSingle();
        single[0].Findings.Select(Describe).Should().Equal(Whole(small));
    }

    [Test]
    public void A_line_longer_than_a_part_is_cut_inside_and_columns_count_from_the_lines_start()
    {
        string claim = "In the exercise group, 29 of 58 patients (52.7%) reported a benefit.";
        string text = "Pain\n" + new string(' ', 2500) + claim + "\n";
        var parts = InParts(text);

        parts.Should().HaveCountGreaterThan(2);
        var finding = parts.SelectMany(p => p.Findings).Single(f => f.Id == "CC1001");
        finding.Location.Position.Line.Should().Be(2);
        finding.Location.Position.Column.Should().Be(2500 + claim.IndexOf("29 of 58", StringComparison.Ordinal) + 1);
        finding.Location.Span.Start.Should().Be(5 + 2500 + claim.IndexOf("29 of 58", StringComparison.Ordinal));
        parts.SelectMany(p => p.Findings).Where(f => f.Id != RuleIds.CheckedInParts).Select(Describe).Should().Equal(Whole(text));
    }

    [Test]
    public void Text_past_the_most_read_is_counted_and_named_by_CC9003()
    {
        string text = Paragraphs(24, "\n");
        var parts = ClaimPipeline.Default.Parts(new StringReader(text), "t.txt", 1024, 1500).ToList();

        var cut = parts[^1].Findings.Single(f => f.Id == RuleIds.OverSizeLimit);
        int read = parts[^1].Start + parts[^1].Result.Document!.Source.Length;
        read.Should().BeLessThanOrEqualTo(1500);
        cut.Message.Should().Contain(text.Length.ToString("N0", CultureInfo.InvariantCulture)).And.Contain(read.ToString("N0", CultureInfo.InvariantCulture));
    }

    [Test]
    public void A_plain_text_file_is_read_in_parts_and_refused_as_a_whole_file_would_be()
    {
        string folder = Directory.CreateTempSubdirectory("claimcheck-parts-").FullName;
        try
        {
            string good = Path.Combine(folder, "good.txt");
            string text = Paragraphs(24, "\n");
            File.WriteAllText(good, text, new UTF8Encoding(false));
            var parts = ClaimPipeline.Default.CheckFileInParts(good, ClaimPipeline.MinPartLength).ToList();
            parts.Should().HaveCountGreaterThan(5);
            parts.SelectMany(p => p.Findings).Where(f => f.Id != RuleIds.CheckedInParts).Select(Describe)
                .Should().Equal(ClaimPipeline.Default.CheckFile(good).Findings.Select(Describe));

            // Invalid UTF-8 far past the first part: refused before any part, with the byte and its offset.
            string bad = Path.Combine(folder, "bad.txt");
            byte[] bytes = [.. Encoding.UTF8.GetBytes(text), 0xC3, 0x28];
            File.WriteAllBytes(bad, bytes);
            var refused = ClaimPipeline.Default.CheckFileInParts(bad, ClaimPipeline.MinPartLength).Should().ContainSingle().Subject;
            refused.Result.Succeeded.Should().BeFalse();
            refused.Findings.Single().Message.Should().Be(ClaimPipeline.Default.CheckFile(bad).Findings.Single().Message);

            // HTML no longer than a part is read whole, as CheckFile reads it: one part (longer HTML: HtmlPartsTests).
            string html = Path.Combine(folder, "page.html");
            File.WriteAllText(html, "<!doctype html><html><body><p>" + Paragraphs(2, "\n").Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></body></html>");
            new FileInfo(html).Length.Should().BeLessThan(4096);
            ClaimPipeline.Default.CheckFileInParts(html, 4096).Should().ContainSingle()
                .Which.Findings.Select(Describe).Should().Equal(ClaimPipeline.Default.CheckFile(html).Findings.Select(Describe));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Test]
    public void HTML_over_the_limit_is_checked_in_parts_to_its_end_without_CC9003()
    {
        string folder = Directory.CreateTempSubdirectory("claimcheck-parts-").FullName;
        try
        {
            string html = Path.Combine(folder, "page.html");
            File.WriteAllText(html, "<!doctype html><html><body>\n" + string.Concat(Enumerable.Repeat("<p>Of 49 patients, 23 improved.</p>\n", 200))
                + "<p>In the exercise group, 29 of 58 patients (52.7%) reported a benefit.</p>\n</body></html>\n");
            var pipeline = new ClaimPipelineBuilder().UseDefaultRules().WithReaderOptions(new ReaderOptions { MaxInputBytes = 2048 }).Build();
            var parts = pipeline.CheckFileInParts(html, ClaimPipeline.MinPartLength).ToList();
            parts.Should().HaveCountGreaterThan(3);
            parts.SelectMany(p => p.Findings).Should().NotContain(f => f.Id == RuleIds.OverSizeLimit)
                .And.ContainSingle(f => f.Id == "CC1001").Which.Location.Position.Line.Should().Be(202);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Test]
    public void Past_the_most_characters_read_CC9003_counts_characters()
    {
        var parts = ClaimPipeline.Default.Parts(new StringReader(Paragraphs(24, "\n")), "t.txt", 1024, 1500).ToList();

        parts[^1].Findings.Single(f => f.Id == RuleIds.OverSizeLimit).Message.Should().Contain("characters").And.NotContain("bytes");
    }
}

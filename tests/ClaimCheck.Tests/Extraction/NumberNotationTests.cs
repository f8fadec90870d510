using ClaimCheck.Extraction.Grammar;

namespace ClaimCheck.Tests.Extraction;

/// <summary>
/// The notation facts Extraction reads around a number, one row per case: the input marks the number with
/// <c>[|…|]</c>, the expectation lists its flags. Each fact has look-alike rows that must not set it.
/// </summary>
[TestFixture]
public sealed class NumberNotationTests
{
    [TestCase("the difference: [|−13.55|] to 476.72", "RangeStart, FollowedByWord", TestName = "A 'to' range: the word 'to' follows too")]
    [TestCase("ranged [|0.60|] - 0.69;", "RangeStart")]
    [TestCase("ranged [|0.60|]% – 0.69%", "RangeStart")]
    [TestCase("ranged 0.60 - [|0.69|];", "RangeEnd")]
    [TestCase("ranged 5 to [|10|];", "RangeEnd")]
    [TestCase("rose from [|5|] to the top", "FollowedByWord", TestName = "A 'to' without a number after it is no range")]
    [TestCase("day-[|10|];", "None", TestName = "A hyphen after a word is no range")]
    [TestCase("P = [|11|] days", "FollowedByWord")]
    [TestCase("P = [|11|]days", "FollowedByWord")]
    [TestCase("P = [|11|]  days", "None", TestName = "Two spaces before a word: not glued to it")]
    [TestCase("P = [|0.11|], days", "None", TestName = "A comma before the word")]
    [TestCase("p = [|0|]. 028", "ContinuesAsDecimal")]
    [TestCase("p = [|0|],022", "ContinuesAsDecimal")]
    [TestCase("p = [|0|]/03", "ContinuesAsDecimal")]
    [TestCase("p = [|0|]. The", "None", TestName = "A full stop ends the sentence")]
    [TestCase("to [|12|] 577;", "ContinuesAsThousands")]
    [TestCase("to [|12|] 5771;", "None", TestName = "Four digits are no thousands group")]
    [TestCase("to [|12|] 57;", "None", TestName = "Two digits are no thousands group")]
    [TestCase("RR[|1.16|];", "GluedToPrevious")]
    [TestCase("kg[|−1|];", "GluedToPrevious", TestName = "An exponent glued to its unit")]
    [TestCase("RR [|1.16|];", "None")]
    [TestCase("P = [|0|] .015 versus", "ContinuesAsDecimal", TestName = "A stray space before the decimal point")]
    [TestCase("in more than [|71|]% of 20", "Bounded")]
    [TestCase("in about [|30|]% of", "Bounded")]
    [TestCase("in ~[|40|]% of", "Bounded")]
    [TestCase("in ≥ [|40|]% of", "Bounded")]
    [TestCase("moreover [|30|]% of", "None", TestName = "A bound word inside another word is none")]
    [TestCase("aged [|40|] or over", "FollowedByWord", TestName = "A bound word after the number does not bound it")]
    public void Reads_the_notation_around_a_number(string marked, string expected)
    {
        int start = marked.IndexOf("[|", StringComparison.Ordinal);
        int end = marked.IndexOf("|]", StringComparison.Ordinal) - 2;
        string text = marked.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);

        NotationReader.Read(text, start, end).Should().Be(Enum.Parse<NumberNotation>(expected));
    }

    [TestCase("(95% CI 1.1–2.0)), p = .03", true, TestName = "A second closing bracket: the p is the comparison's")]
    [TestCase("(95% CI 1.1–2.0), p = .03", false, TestName = "One bracket closes the interval itself")]
    [TestCase("95% CI 1.1–2.0, p = .03", false, TestName = "No bracket")]
    [TestCase("[95% CI 1.1–2.0]) p = .03", true, TestName = "Square and round brackets count alike")]
    public void Reads_whether_the_interval_is_closed_before_the_p(string text, bool closed)
    {
        int from = text.IndexOf("2.0", StringComparison.Ordinal) + 3;
        int to = text.IndexOf('p', StringComparison.Ordinal);

        NotationReader.ClosedBefore(text, from, to).Should().Be(closed);
    }
}

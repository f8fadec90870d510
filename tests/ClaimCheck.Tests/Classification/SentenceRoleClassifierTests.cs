using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Tests.Classification;

/// <summary>The sentence-role model on hand-written abstracts and sentences, and at its edges.</summary>
public sealed class SentenceRoleClassifierTests
{
    private static readonly string[] HandWritten =
    [
        "Chronic low back pain is a leading cause of disability, and few treatments have lasting benefit.",
        "We aimed to assess whether a supervised exercise programme reduces pain at 12 months.",
        "We randomly assigned 100 patients to supervised exercise or usual care.",
        "The primary outcome was pain intensity on a 0-10 numerical rating scale at 12 months.",
        "Pain intensity fell by 2.1 points with exercise and by 1.2 points with usual care (difference -0.9, 95% CI -1.5 to -0.3; p = 0.004).",
        "Adverse events were rare and similar in both groups.",
        "These findings suggest that supervised exercise is a safe way to reduce chronic low back pain.",
    ];

    [Test]
    public void A_hand_written_abstract_gets_its_roles_in_order()
    {
        var roles = SentenceRoleClassifier.Classify(HandWritten);

        roles.Should().HaveCount(7);
        roles[0].Should().Be(SentenceRole.Background);

        // Many training abstracts state their aim as the last sentence under BACKGROUND, so an aim may come out as either.
        roles[1].Should().BeOneOf(SentenceRole.Background, SentenceRole.Objective);
        roles.Skip(2).Should().Equal(SentenceRole.Methods, SentenceRole.Methods, SentenceRole.Results, SentenceRole.Results, SentenceRole.Conclusions);
    }

    [TestCase("We randomly assigned 100 patients to supervised exercise or usual care.", SentenceRole.Methods)]
    [TestCase("These findings suggest that early treatment shortens recovery.", SentenceRole.Conclusions)]
    [TestCase("In conclusion, the vaccine was safe and immunogenic in older adults.", SentenceRole.Conclusions)]
    [TestCase("Mortality at 28 days was 12% in the treatment group and 19% in the placebo group (p = 0.03).", SentenceRole.Results)]
    [TestCase("Sepsis remains a leading cause of death in intensive care units worldwide.", SentenceRole.Background)]
    public void A_lone_sentence_is_judged_by_its_words(string sentence, SentenceRole expected)
        => SentenceRoleClassifier.Classify([sentence]).Should().Equal(expected);

    [Test]
    public void The_transition_table_reads_and_writes_the_trainers_file_unchanged()
    {
        // The shipped file was written by the trainer through reflection-based System.Text.Json; the table is now read
        // and written through a source-generated context (Native AOT). Same numbers, same text, for a retrained file too.
        string path = Path.Combine(Corpus.RepositoryRoot, "src", "ClaimCheck", "Segmenting", "Roles", "Models", "sentence-roles.transitions.json");
        string shipped = File.ReadAllText(path).ReplaceLineEndings("\n");
        RoleTransitions table;
        using (var json = File.OpenRead(path))
        {
            table = RoleTransitions.FromJson(json);
        }

        table.Start.Should().HaveCount(5).And.OnlyContain(p => p > 0 && p < 1);
        table.Next.Should().HaveCount(5).And.OnlyContain(row => row.Length == 5 && Math.Abs(row.Sum() - 1) < 1e-9);
        (table.ToJson().ReplaceLineEndings("\n") + "\n").Should().Be(shipped);
    }

    [Test]
    public void An_empty_abstract_has_no_roles() => SentenceRoleClassifier.Classify([]).Should().BeEmpty();

    [Test]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => SentenceRoleClassifier.Classify(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SentenceRoleClassifier.Classify(["One.", null!])).Should().Throw<ArgumentException>();
    }
}

using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;

namespace ClaimCheck.Tests.Classification;

/// <summary>The sentence-role classifier gives the same answers from many threads at once as from one.</summary>
public sealed class ClassifierConcurrencyTests
{
    private const int Threads = 8;

    [Test]
    public void Sentence_roles_from_eight_threads_match_sequential_predictions()
    {
        var abstracts = ValidationSets.RoleAbstracts().Take(40).ToList();
        var sequential = abstracts.Select(a => string.Join(",", SentenceRoleClassifier.Classify(a.Sentences))).ToList();

        var perThread = RunOnThreads(i => string.Join(",", SentenceRoleClassifier.Classify(abstracts[i].Sentences)), abstracts.Count);

        perThread.Should().AllSatisfy(answers => answers.Should().Equal(sequential));
    }

    // Every thread predicts every item, each starting at a different place in the list so that the threads work on
    // different items at the same moment; the answers come back per thread, in item order.
    private static List<T[]> RunOnThreads<T>(Func<int, T> predict, int count)
    {
        var results = Enumerable.Range(0, Threads).Select(_ => new T[count]).ToList();
        var errors = new List<Exception>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                for (int k = 0; k < count; k++)
                {
                    int i = (k + (t * count / Threads)) % count;
                    results[t][i] = predict(i);
                }
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        errors.Should().BeEmpty();
        return results;
    }
}

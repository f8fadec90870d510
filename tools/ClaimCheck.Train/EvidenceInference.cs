namespace ClaimCheck.Train;

/// <summary>The train and validation parts of one kind of material, split by the dataset's own article lists.</summary>
/// <typeparam name="T">A labelled abstract or statement.</typeparam>
/// <param name="Train">The items of the articles in <c>splits/train_article_ids.txt</c>.</param>
/// <param name="Validation">The items of the articles in <c>splits/validation_article_ids.txt</c>.</param>
internal sealed record Split<T>(IReadOnlyList<T> Train, IReadOnlyList<T> Validation);

/// <summary>
/// Prepares the training and validation material from a copy of the Evidence Inference dataset (the folder holding
/// <c>abstracts-dev/</c>, <c>splits/</c>, <c>v2_annotations.csv</c> and <c>prompts_merged.csv</c>). The training tool
/// and the tests that re-measure the models both call this, so the validation sets the tests rebuild are the ones the
/// tool measured; the dataset itself is never copied into the repository (docs/data.md).
/// </summary>
internal static class EvidenceInference
{
    /// <summary>Whether <paramref name="data"/> holds what <see cref="Abstracts"/> and <see cref="Statements"/> read.</summary>
    internal static bool IsPresent(string data)
        => File.Exists(Path.Combine(data, "v2_annotations.csv")) && File.Exists(Path.Combine(data, "prompts_merged.csv"))
           && Directory.Exists(Path.Combine(data, "abstracts-dev")) && Directory.Exists(Path.Combine(data, "splits"));

    /// <summary>
    /// The structured abstracts of the two splits with their headings removed (see <see cref="ClaimCheck.Train.Abstracts.Read"/>),
    /// in file-name order.
    /// </summary>
    internal static Split<LabelledAbstract> Abstracts(string data, Abstracts.Tally tally)
    {
        var train = ReadIds(data, "train_article_ids.txt");
        var validation = ReadIds(data, "validation_article_ids.txt");
        var trainAbstracts = new List<LabelledAbstract>();
        var validationAbstracts = new List<LabelledAbstract>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(data, "abstracts-dev"), "PMC*.abst").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(file)[3..];
            var target = train.Contains(id) ? trainAbstracts : validation.Contains(id) ? validationAbstracts : null;
            if (target is not null && ClaimCheck.Train.Abstracts.Read(id, file, tally) is { } a)
            {
                target.Add(a);
            }
        }

        return new Split<LabelledAbstract>(trainAbstracts, validationAbstracts);
    }

    /// <summary>The usable evidence texts of the two splits with their prompts (see <see cref="ClaimCheck.Train.Statements.Read"/>), in file order.</summary>
    internal static Split<LabelledStatement> Statements(string data, Statements.Tally tally)
    {
        var train = ReadIds(data, "train_article_ids.txt");
        var validation = ReadIds(data, "validation_article_ids.txt");
        var statements = ClaimCheck.Train.Statements.Read(Path.Combine(data, "v2_annotations.csv"), Path.Combine(data, "prompts_merged.csv"), tally);
        return new Split<LabelledStatement>(
            [.. statements.Where(s => train.Contains(s.ArticleId))],
            [.. statements.Where(s => validation.Contains(s.ArticleId))]);
    }

    private static HashSet<string> ReadIds(string data, string name)
        => [.. File.ReadLines(Path.Combine(data, "splits", name)).Select(l => l.Trim()).Where(l => l.Length > 0)];
}

namespace ClaimCheck.Segmenting.Roles;

/// <summary>Turns the sentences of one abstract into model inputs; training and prediction both come through here.</summary>
internal static class RoleFeatures
{
    private const string StartMarker = "xxstart";
    private const string EndMarker = "xxend";

    /// <summary>One input per sentence, in order; a single sentence gets <see cref="Lone"/>.</summary>
    internal static RoleModelInput[] Build(IReadOnlyList<string> sentences)
    {
        int count = sentences.Count;
        if (count == 1)
        {
            return [Lone(sentences[0])];
        }

        var normalized = new string[count];
        for (int i = 0; i < count; i++)
        {
            normalized[i] = ModelText.Normalize(sentences[i]);
        }

        var inputs = new RoleModelInput[count];
        for (int i = 0; i < count; i++)
        {
            inputs[i] = new RoleModelInput
            {
                Text = normalized[i],
                Previous = i > 0 ? normalized[i - 1] : StartMarker,
                Next = i + 1 < count ? normalized[i + 1] : EndMarker,
                Position = Position(i, count),
            };
        }

        return inputs;
    }

    /// <summary>
    /// A sentence without an abstract around it: no neighbours and no place. The model is also trained on every
    /// training sentence in this form, so that it judges such a sentence by its words alone instead of taking it for
    /// the first sentence of an abstract (which is nearly always background).
    /// </summary>
    internal static RoleModelInput Lone(string sentence) => new()
    {
        Text = ModelText.Normalize(sentence),
        Previous = "",
        Next = "",
        Position = new float[RoleModelInput.PositionLength],
    };

    // Only for two sentences or more: a single one is Lone.
    private static float[] Position(int index, int count)
    {
        // A linear model cannot bend a single position value, so the place is also given as one-hot bins.
        float relative = (float)index / (count - 1);
        var v = new float[RoleModelInput.PositionLength];
        v[0] = relative;
        v[1] = index == 0 ? 1 : 0;
        v[2] = index == 1 ? 1 : 0;
        v[3] = index == count - 1 ? 1 : 0;
        v[4] = index == count - 2 ? 1 : 0;
        v[5] = Math.Min(count, 30) / 30f;
        int bin = Math.Min((int)(relative * 10), 9);
        v[6 + bin] = 1;
        return v;
    }
}

namespace ClaimCheck.Segmenting.Roles;

/// <summary>One sentence as the sentence-role model sees it: its words, its neighbours' words and its place.</summary>
internal class RoleModelInput
{
    /// <summary>The number of values in <see cref="Position"/>.</summary>
    internal const int PositionLength = 16;

    /// <summary>The sentence, normalised by <see cref="ModelText.Normalize"/>.</summary>
    public string Text { get; set; } = "";

    /// <summary>The previous sentence, normalised; a start marker for the first sentence.</summary>
    public string Previous { get; set; } = "";

    /// <summary>The next sentence, normalised; an end marker for the last sentence.</summary>
    public string Next { get; set; } = "";

    /// <summary>Where the sentence stands in the abstract (see <see cref="RoleFeatures"/>).</summary>
    public float[] Position { get; set; } = new float[PositionLength];
}

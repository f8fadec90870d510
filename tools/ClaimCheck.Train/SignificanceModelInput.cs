using ClaimCheck.Documents;
using ClaimCheck.Segmenting.Roles;
using Microsoft.ML.Data;

namespace ClaimCheck.Train;

/// <summary>One statement as the significance model sees it: its words and the cues read from its numbers.</summary>
internal class SignificanceModelInput
{
    /// <summary>
    /// The statement with its mentions of the question's arms replaced (<see cref="ArmMentions"/>), normalised by
    /// <see cref="ModelText.Normalize"/>.
    /// </summary>
    public string Text { get; set; } = "";

    /// <summary>The numeric cues (see <see cref="SignificanceCues"/>).</summary>
    [VectorType(SignificanceCues.Length)]
    public float[] Cues { get; set; } = new float[SignificanceCues.Length];

    /// <summary>
    /// The model input for <paramref name="statement"/> about <paramref name="intervention"/> against
    /// <paramref name="comparator"/> (either may be null: the statement is then read alone) in
    /// <paramref name="outcome"/> (may be null).
    /// </summary>
    internal static SignificanceModelInput From(string statement, string? intervention, string? comparator, string? outcome)
    {
        var cues = SignificanceCues.Read(statement, ModelText.Normalize(statement).Split(' '));
        var (rewritten, found) = ArmMentions.Replace(statement, intervention, comparator, outcome);
        string text = ModelText.Normalize(rewritten);
        SignificanceCues.ReadArms(cues, text.Split(' '), found);
        return new() { Text = text, Cues = cues };
    }
}

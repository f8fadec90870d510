using Microsoft.ML.Data;

namespace ClaimCheck.Classification;

/// <summary>One statement as the significance model sees it: its words and the cues read from its numbers.</summary>
internal class SignificanceModelInput
{
    /// <summary>The statement, normalised by <see cref="ModelText.Normalize"/>.</summary>
    public string Text { get; set; } = "";

    /// <summary>The numeric cues (see <see cref="SignificanceCues"/>).</summary>
    [VectorType(SignificanceCues.Length)]
    public float[] Cues { get; set; } = new float[SignificanceCues.Length];

    /// <summary>The model input for <paramref name="statement"/>.</summary>
    internal static SignificanceModelInput From(string statement)
    {
        string text = ModelText.Normalize(statement);
        return new() { Text = text, Cues = SignificanceCues.Read(statement, text.Split(' ')) };
    }
}

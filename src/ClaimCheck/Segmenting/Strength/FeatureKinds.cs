namespace ClaimCheck.Segmenting.Strength;

/// <summary>
/// The optional feature blocks of <see cref="ClaimStrengthFeatures"/> beyond the word, stem and cue n-grams that every
/// model has. Training chooses them by cross-validation; the model file records the choice, and prediction reads it
/// from there, so that the features a model is scored with are the ones it was trained with.
/// </summary>
[Flags]
internal enum FeatureKinds
{
    /// <summary>Words, stems and cues only.</summary>
    None = 0,

    /// <summary>Character 3–5-grams inside words.</summary>
    Characters = 1,

    /// <summary>Pairs of words two to four apart.</summary>
    WordPairs = 2,

    /// <summary>The first two words, the last word, a final full stop and the length.</summary>
    Edges = 4,
}

namespace ClaimCheck.Classification;

/// <summary>
/// A statement with the comparison it is read against: what the intervention did to the outcome compared with the
/// comparator, as an Evidence Inference prompt asks it.
/// </summary>
/// <param name="Statement">One sentence or table row, e.g. "Dropout was higher with MoodGYM than with IPT (P = .03)."</param>
/// <param name="Intervention">The intervention as the question names it (e.g. "interpersonal psychotherapy (IPT)"), or null when unknown.</param>
/// <param name="Comparator">The comparator as the question names it (e.g. "MoodGYM", "placebo"), or null when unknown.</param>
/// <param name="Outcome">The outcome the question asks about (e.g. "dropout rates"), or null when unknown; words the outcome shares with an arm's name are not taken for a mention of the arm.</param>
public sealed record SignificanceQuestion(string Statement, string? Intervention, string? Comparator, string? Outcome);

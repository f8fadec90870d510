using ClaimCheck.Documents;
using ClaimCheck.Lexicons;

namespace ClaimCheck.Segmenting;

/// <summary>
/// What a section heading says about the sentences under it. Headings are read in every written form: "Results",
/// "RESULTS:", "RESULTS.", "ABSTRACT.RESULTS.", "ABSTRACT.RESULTS:", "BODY.DISCUSSION." and
/// "BODY.METHODS.STATISTICAL ANALYSIS." (the first part after "ABSTRACT"/"BODY" that names a role decides).
/// </summary>
internal static class HeadingRoles
{
    /// <summary>What the heading means: a role, boilerplate (funding, competing interests …), or neither.</summary>
    internal readonly record struct Meaning(SentenceRole? Role, bool Boilerplate);

    /// <summary>The meaning of <paramref name="section"/> (a sentence's <see cref="Sentence.Section"/>).</summary>
    internal static Meaning Of(string? section)
    {
        if (section is null)
        {
            return default;
        }

        var parts = section.Trim().TrimEnd('.', ':', ' ').Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        int first = 0;
        while (first < parts.Length - 1 && Lexicon.SectionPrefixes.Contains(parts[first]))
        {
            first++;
        }

        for (int k = first; k < parts.Length; k++)
        {
            if (Lexicon.HeadingRoles.TryGetValue(parts[k], out var role))
            {
                return role switch
                {
                    "background" => new(SentenceRole.Background, false),
                    "objective" => new(SentenceRole.Objective, false),
                    "methods" => new(SentenceRole.Methods, false),
                    "results" => new(SentenceRole.Results, false),
                    "conclusions" => new(SentenceRole.Conclusions, false),
                    "discussion" => new(SentenceRole.Discussion, false),
                    "boilerplate" => new(null, true),
                    _ => throw new InvalidOperationException($"heading-roles.txt names an unknown role '{role}'."),
                };
            }
        }

        return default;
    }
}

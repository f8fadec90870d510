namespace ClaimCheck.Documents;

/// <summary>The rhetorical role of one sentence of a clinical-trial abstract, in the order roles usually come.</summary>
public enum SentenceRole
{
    /// <summary>Why the question matters: prior knowledge, the gap ("Little is known about …").</summary>
    Background = 0,

    /// <summary>What the study set out to do ("We aimed to assess …").</summary>
    Objective = 1,

    /// <summary>How the study was done: design, setting, participants, interventions, measurements, analysis.</summary>
    Methods = 2,

    /// <summary>What the study found: figures, effects, p-values.</summary>
    Results = 3,

    /// <summary>What the authors make of it ("These findings suggest …").</summary>
    Conclusions = 4,

    /// <summary>What the authors make of it in the body of a paper, beside other work (a "Discussion" heading; the model never gives it).</summary>
    Discussion = 5,
}

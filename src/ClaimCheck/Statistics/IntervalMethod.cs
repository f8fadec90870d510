namespace ClaimCheck.Statistics;

/// <summary>Standard methods for the confidence interval of a measure computed from a 2×2 table.</summary>
public enum IntervalMethod
{
    /// <summary>Woolf's logit interval for an odds ratio: exp(ln OR ± z·√(1/a + 1/b + 1/c + 1/d)).</summary>
    Woolf = 0,

    /// <summary>Katz's log interval for a risk ratio: exp(ln RR ± z·√(1/a − 1/n₁ + 1/c − 1/n₀)).</summary>
    KatzLog = 1,

    /// <summary>The Wald interval for a risk difference: RD ± z·√(p₁q₁/n₁ + p₀q₀/n₀).</summary>
    Wald = 2,

    /// <summary>Newcombe's hybrid score interval for a risk difference (from Wilson intervals of each proportion).</summary>
    Newcombe = 3,

    /// <summary>The exact conditional (Cornfield) interval for an odds ratio, from the noncentral hypergeometric distribution.</summary>
    Exact = 4,

    /// <summary>The mid-p version of the exact conditional interval for an odds ratio.</summary>
    MidP = 5,

    /// <summary>Woolf's interval after adding ½ to every cell (Haldane–Anscombe), used by many programs when a cell is 0.</summary>
    WoolfHaldane = 6,
}

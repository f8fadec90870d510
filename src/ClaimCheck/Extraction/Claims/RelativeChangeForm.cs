namespace ClaimCheck.Extraction.Claims;

/// <summary>How a <see cref="RelativeChangeClaim"/> states its change; each form reads differently as a ratio.</summary>
public enum RelativeChangeForm
{
    /// <summary>A percent change: "cut the risk by 44%", "27% more likely", "a 400% increase" (ratio 1 ± amount/100).</summary>
    Percent = 0,

    /// <summary>A difference of two percentages: "an increase of 15 percentage points" (no ratio; an absolute change).</summary>
    PercentagePoints = 1,

    /// <summary>"Three times more", "four times higher", "three times less": the ratio is the amount or the amount plus one.</summary>
    TimesMore = 2,

    /// <summary>"Twice as likely", "half as likely", "three times the risk": the ratio is the amount.</summary>
    TimesAs = 3,

    /// <summary>A multiple in one word or with "fold": "doubled", "halved", "reduced by half", "a 2-fold increase".</summary>
    Fold = 4,

    /// <summary>"From 25% to 40%": the two values are printed, <see cref="RelativeChangeClaim.From"/> and <see cref="RelativeChangeClaim.To"/>.</summary>
    FromTo = 5,
}

namespace ClaimCheck.Extraction.Claims;

/// <summary>Which way a <see cref="RelativeChangeClaim"/> says the quantity moved.</summary>
public enum ChangeDirection
{
    /// <summary>The wording gives no direction ("differed by 15 percentage points").</summary>
    Unstated = 0,

    /// <summary>Up: "27% more likely", "a 400% increase", "doubled", "twice as likely".</summary>
    Increase = 1,

    /// <summary>Down: "cut the risk by 44%", "a reduction of 43.8%", "halved", "half as likely".</summary>
    Decrease = 2,
}

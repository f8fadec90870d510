using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// A change stated relative to something else, as news states results: <c>cut the risk by 44%</c>, <c>27% more likely</c>,
/// <c>a reduction of 43.8%</c>, <c>a 400% increase</c>, <c>twice as likely</c>, <c>three times more</c>, <c>halved</c>,
/// <c>from 25% to 40%</c>, <c>an increase of 15 percentage points</c>. Keeps the printed amount, the direction, the form
/// (percent against percentage points, "times more" against "times as") and what it is relative to when the sentence
/// says. Immutable.
/// </summary>
public sealed record RelativeChangeClaim : Claim
{
    internal RelativeChangeClaim(TextSpan span, string text, TextSpan sentenceSpan, RelativeChangeForm form, ChangeDirection direction, ReportedNumber? amount, ReportedNumber? from, ReportedNumber? to, string? relativeTo, string? about = null)
        : base(span, text, sentenceSpan)
    {
        About = about;
        Form = form;
        Direction = direction;
        Amount = amount;
        From = from;
        To = to;
        RelativeTo = relativeTo;
    }

    /// <summary>How the change is stated.</summary>
    public RelativeChangeForm Form { get; internal init; }

    /// <summary>Which way the wording says the quantity moved.</summary>
    public ChangeDirection Direction { get; internal init; }

    /// <summary>
    /// The amount as printed: "44%" (percent), "15" (percentage points), "three" (times), "twice", "half", "doubled"
    /// (words, exact, with their value: 2, 0.5, 2); null for <see cref="RelativeChangeForm.FromTo"/>.
    /// </summary>
    public ReportedNumber? Amount { get; internal init; }

    /// <summary>The value before, for <see cref="RelativeChangeForm.FromTo"/> ("25%" in "from 25% to 40%"), else null.</summary>
    public ReportedNumber? From { get; internal init; }

    /// <summary>The value after, for <see cref="RelativeChangeForm.FromTo"/> ("40%"), else null.</summary>
    public ReportedNumber? To { get; internal init; }

    /// <summary>What the change is relative to when the sentence says ("placebo" in "… than placebo", "those given chemotherapy"), else null.</summary>
    public string? RelativeTo { get; internal init; }

    /// <summary>The word naming what changed when it stands beside the change ("likely", "risk", "deaths"), else null.</summary>
    public string? About { get; internal init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.RelativeChange;

    /// <inheritdoc/>
    public override ReportedNumber? Headline => Amount ?? To;

    /// <inheritdoc/>
    private protected override ClaimNotation Notation()
        => new ClaimNotation("RelChange").Add("form", Form.ToString()).Add("dir", Direction.ToString()).Add("amount", Amount)
            .Add("from", From).Add("to", To).Add("vs", RelativeTo).Add("about", About);

    /// <inheritdoc/>
    public override IEnumerable<ReportedNumber> Numbers
        => new[] { Amount, From, To }.OfType<ReportedNumber>();
}

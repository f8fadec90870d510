namespace ClaimCheck.Text;

/// <summary>
/// A range of UTF-16 code units in a <see cref="SourceText"/>: <see cref="Start"/> inclusive,
/// <see cref="End"/> exclusive. Value equality; the default value is the empty span at 0.
/// </summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">Offset of the first code unit (0-based).</param>
    /// <param name="length">Number of code units.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative start or length.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>Offset of the first code unit, 0-based.</summary>
    public int Start { get; }

    /// <summary>Number of code units in the span.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers nothing.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}

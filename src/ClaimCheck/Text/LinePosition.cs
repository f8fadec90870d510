namespace ClaimCheck.Text;

/// <summary>
/// A position in a file as an editor shows it: <see cref="Line"/> and <see cref="Column"/> are both
/// 1-based, and the column counts UTF-16 code units from the start of the line.
/// </summary>
/// <param name="Line">Line number, starting at 1.</param>
/// <param name="Column">Column number, starting at 1.</param>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"({Line},{Column})";
}

namespace ClaimCheck.Cli;

/// <summary>One input to check: a file path, or standard input.</summary>
/// <param name="Path">The path as reported (for standard input, <see cref="StdinName"/>).</param>
/// <param name="IsStdin">True for standard input.</param>
internal sealed record InputItem(string Path, bool IsStdin)
{
    /// <summary>The argument that means standard input.</summary>
    internal const string StdinArgument = "-";

    /// <summary>The path reported for standard input.</summary>
    internal const string StdinName = "<stdin>";
}

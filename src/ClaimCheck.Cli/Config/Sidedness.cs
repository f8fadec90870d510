namespace ClaimCheck.Cli.Config;

/// <summary>The default sidedness of tests that a text does not declare (claimcheck.json's <c>sided</c>).</summary>
internal enum Sidedness
{
    /// <summary>Two-sided tests, the convention of clinical trials (the default).</summary>
    Two,

    /// <summary>One-sided tests.</summary>
    One,
}

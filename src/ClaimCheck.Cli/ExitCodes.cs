namespace ClaimCheck.Cli;

/// <summary>The process exit codes of <c>claimcheck</c>.</summary>
internal static class ExitCodes
{
    /// <summary>No finding at or above the <c>--fail-on</c> severity.</summary>
    internal const int Clean = 0;

    /// <summary>At least one reported finding at or above the <c>--fail-on</c> severity.</summary>
    internal const int Findings = 1;

    /// <summary>A usage error, or an input that could not be read (missing, unreadable, CC9002).</summary>
    internal const int UsageOrInputError = 2;
}

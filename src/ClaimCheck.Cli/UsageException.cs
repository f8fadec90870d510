namespace ClaimCheck.Cli;

/// <summary>A mistake in how the tool was called (or a format this build lacks); reported on stderr with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

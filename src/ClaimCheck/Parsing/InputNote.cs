namespace ClaimCheck.Parsing;

/// <summary>A path met while expanding the inputs that is not read, with the reason. Immutable.</summary>
/// <param name="Path">The path as found (under the folder named on the command line).</param>
/// <param name="Reason">Why it is not read, e.g. "a named pipe (FIFO), not a regular file: not opened".</param>
public sealed record InputNote(string Path, string Reason);

namespace ClaimCheck.Parsing;

/// <summary>Limits and choices for reading inputs. Immutable; <see cref="Default"/> holds the defaults.</summary>
public sealed record ReaderOptions
{
    /// <summary>The defaults: 64 MiB per input, format decided from the content.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>
    /// The most bytes read from one input (default 64 MiB). A longer input is cut at the last line
    /// break before the limit, and a CC9003 finding names what was not read.
    /// </summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The markup to assume (default <see cref="InputFormat.Auto"/>).</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;
}

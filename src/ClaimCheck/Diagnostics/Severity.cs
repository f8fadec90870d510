namespace ClaimCheck.Diagnostics;

/// <summary>How serious a finding is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    /// <summary>Worth a look; often an innocent reading exists and the message names it.</summary>
    Info = 0,

    /// <summary>Probably wrong or misleading.</summary>
    Warning = 1,

    /// <summary>Certainly wrong, or the input could not be read.</summary>
    Error = 2,
}

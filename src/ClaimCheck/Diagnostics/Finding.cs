using System.Collections.Immutable;

namespace ClaimCheck.Diagnostics;

/// <summary>
/// One occurrence of a rule: the rule, the severity in force, a message with the concrete numbers,
/// the primary location and any further locations involved. Immutable.
/// </summary>
/// <param name="Descriptor">The rule that fired.</param>
/// <param name="Severity">The severity in force (the rule's default unless overridden).</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Location">The primary location.</param>
/// <param name="AdditionalLocations">Other spans the finding involves; empty when none.</param>
public sealed record Finding(
    RuleDescriptor Descriptor,
    Severity Severity,
    string Message,
    Location Location,
    ImmutableArray<Location> AdditionalLocations)
{
    /// <summary>
    /// The most further locations a rule attaches to one finding (the first ones, in the order the rule
    /// gives them). The message already cites the first few; without a bound, a page of thousands of
    /// claims that each point at the same thousands of results would give a report of millions of locations.
    /// </summary>
    public const int MaxAdditionalLocations = 20;

    /// <summary>The rule id, e.g. <c>CC1003</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Creates a finding at the rule's default severity with no additional locations.</summary>
    public static Finding Create(RuleDescriptor descriptor, Location location, params object[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        string message = string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs);
        return new Finding(descriptor, descriptor.DefaultSeverity, message, location, []);
    }
}

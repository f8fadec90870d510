using System.Reflection;

namespace ClaimCheck.Package.Tests;

/// <summary>The repository the tests were built from (its root is recorded at build time).</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        string? recorded = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "ClaimCheck.sln")))
        {
            return recorded;
        }

        throw new InvalidOperationException($"ClaimCheck.sln not found at the recorded repository root '{recorded}'");
    });

    /// <summary>The repository's root folder.</summary>
    internal static string Root => RootPath.Value;

    /// <summary>The full path of a file given relative to the root, with forward slashes.</summary>
    internal static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));
}

using System.Reflection;

namespace ClaimCheck.Tests;

/// <summary>Finds files of the repository's corpus/ folder (the repository root is recorded at build time).</summary>
internal static class Corpus
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        string? recorded = typeof(Corpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && System.IO.File.Exists(Path.Combine(recorded, "ClaimCheck.sln")))
        {
            return Path.Combine(recorded, "corpus");
        }

        throw new InvalidOperationException($"ClaimCheck.sln not found at the recorded repository root '{recorded}'");
    });

    /// <summary>The corpus folder.</summary>
    internal static string Root => RootPath.Value;

    /// <summary>The full path of a corpus file given relative to corpus/.</summary>
    internal static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The repository root.</summary>
    internal static string RepositoryRoot => Path.GetDirectoryName(Root)!;
}

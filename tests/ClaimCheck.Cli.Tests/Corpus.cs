using System.Reflection;

namespace ClaimCheck.Cli.Tests;

/// <summary>Finds files of the repository's corpus/ folder (the repository root is recorded at build time).</summary>
internal static class Corpus
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        string? recorded = typeof(Corpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "ClaimCheck.sln")))
        {
            return Path.Combine(recorded, "corpus");
        }

        throw new InvalidOperationException($"ClaimCheck.sln not found at the recorded repository root '{recorded}'");
    });

    /// <summary>The corpus folder.</summary>
    internal static string Root => RootPath.Value;

    /// <summary>The full path of a corpus file given relative to corpus/.</summary>
    internal static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Seed 000: a forum thread with known findings (CC1003, CC2007, CC3001, CC3002, CC9004).</summary>
    internal static string Seed000 => PathOf("seeds/000_ee862e205fadbfc4.txt");

    /// <summary>Seed 001: a news summary of seed 002.</summary>
    internal static string Seed001 => PathOf("seeds/001_db98887bc4b493aa.txt");

    /// <summary>Seed 002: the source abstract of seed 001.</summary>
    internal static string Seed002 => PathOf("seeds/002_bc1ab4963135bc6e.txt");
}

using System.Runtime.CompilerServices;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Locates the repository (the folder holding ClaimCheck.sln): from CLAIMCHECK_REPO when set, else
/// from the working directory or the binary upwards, else from where this source file was compiled
/// (BenchmarkDotNet's child processes run elsewhere when an artifacts path is given).
/// </summary>
internal static class RepositoryPaths
{
    internal static string Root { get; } = Find();

    internal static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>
    /// A folder of the third-party data beside the repository (../shared/data/…, never committed: docs/data.md).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder is absent.</exception>
    internal static string SharedData(params string[] parts)
    {
        string folder = Path.GetFullPath(Path.Combine([Root, "..", "shared", "data", .. parts]));
        return Directory.Exists(folder) ? folder
            : throw new DirectoryNotFoundException($"{folder} not found: these benchmarks read the shared data beside the repository (docs/data.md).");
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("CLAIMCHECK_REPO") is { Length: > 0 } fromEnvironment && IsRoot(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory, Path.GetDirectoryName(SourceFile()) ?? "." })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (IsRoot(dir.FullName))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("ClaimCheck.sln not found: run the benchmarks from inside the repository or set CLAIMCHECK_REPO.");
    }

    private static bool IsRoot(string dir) => File.Exists(Path.Combine(dir, "ClaimCheck.sln"));

    private static string SourceFile([CallerFilePath] string path = "") => path;
}

namespace ClaimCheck.Tests;

/// <summary>Finds files of the repository's corpus/ folder from the test's output directory.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("ClaimCheck.sln not found above the test directory")
            : Path.Combine(dir.FullName, "corpus");
    });

    /// <summary>The corpus folder.</summary>
    internal static string Root => RootPath.Value;

    /// <summary>The full path of a corpus file given relative to corpus/.</summary>
    internal static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The repository root.</summary>
    internal static string RepositoryRoot => Path.GetDirectoryName(Root)!;
}

namespace ClaimCheck.Benchmarks;

/// <summary>Locates the repository (the folder holding ClaimCheck.sln) from the working directory or the binary.</summary>
internal static class RepositoryPaths
{
    internal static string Root { get; } = Find();

    internal static string Corpus => Path.Combine(Root, "corpus");

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (ClaimCheck.sln not found).");
    }
}

namespace ClaimCheck.Fuzz;

/// <summary>
/// The seed inputs: every page committed under corpus/ (seeds, seeds-html and the constructed forum pages). The real
/// forum pages and the Evidence Inference papers are third-party data outside the repository (docs/data.md), so they
/// are not seeds: a run gives the same inputs in every clone.
/// </summary>
public static class Seeds
{
    private static readonly string[] Folders = ["seeds", "seeds-html", "constructed"];
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".abst"];

    /// <summary>The seed files under <paramref name="corpus"/>, in ordinal path order so that a seed index means the same file everywhere.</summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="corpus"/> does not exist.</exception>
    public static IReadOnlyList<string> Files(string corpus)
    {
        if (!Directory.Exists(corpus))
        {
            throw new DirectoryNotFoundException($"the corpus folder '{corpus}' does not exist");
        }

        return [.. Folders.Select(f => Path.Combine(corpus, f)).Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The seeds' bytes.</summary>
    public static IReadOnlyList<byte[]> Load(string corpus) => [.. Files(corpus).Select(File.ReadAllBytes)];

    /// <summary>corpus/ found from <paramref name="start"/> upwards (the folder holding ClaimCheck.sln), or null.</summary>
    public static string? FindCorpus(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")) && Directory.Exists(Path.Combine(dir.FullName, "corpus")))
            {
                return Path.Combine(dir.FullName, "corpus");
            }
        }

        return null;
    }
}

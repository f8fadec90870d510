namespace ClaimCheck.Tests;

/// <summary>
/// Finds the project's third-party data in <c>../shared/data/</c> beside the repository. The data is never
/// committed; a test that needs it calls <see cref="Require"/>, which reports the test as skipped, with the
/// reason, when the folder is absent (a user's fresh clone).
/// </summary>
internal static class SharedData
{
    /// <summary>
    /// The shared data folder (it may not exist): <c>CLAIMCHECK_SHARED_DATA</c> when set, else ../shared/data. The
    /// variable lets derived data that cannot be written into a read-only shared/ (the text copies of
    /// tools/make-forum-text) be measured from a folder that links the shared data beside it.
    /// </summary>
    internal static string Root => Path.GetFullPath(
        Environment.GetEnvironmentVariable("CLAIMCHECK_SHARED_DATA") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Corpus.RepositoryRoot, "..", "shared", "data"));

    /// <summary>The full path of <paramref name="relative"/> under the shared data folder; the test is skipped when it does not exist.</summary>
    internal static string Require(string relative)
    {
        string path = Path.Combine(Root, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Ignore($"needs the third-party data at {path}, which is not in the repository (see docs/data.md); the test runs where ../shared/data is present");
        }

        return path;
    }
}

using System.Diagnostics;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// Runs Debian's headless chromium on a local file, offline and with a fresh profile, and returns the
/// DOM after the page's scripts ran. The browser is <c>chromium</c> (or <c>chromium-browser</c>) found on
/// <c>PATH</c>, as a user's shell would find it. Without it the calling test is ignored with the install
/// line, so that <c>dotnet test</c> passes on a machine with only the .NET SDK, unless
/// <c>CLAIMCHECK_REQUIRE_BROWSER=1</c> (set by .ci/run), when it fails.
/// </summary>
internal static class Chromium
{
    /// <summary>The line that installs the browser the tests use.</summary>
    internal const string InstallLine = "sudo apt-get install chromium";

    /// <summary>The variable that turns a missing browser into a failure.</summary>
    internal const string RequireVariable = "CLAIMCHECK_REQUIRE_BROWSER";

    private static readonly string[] Names = ["chromium", "chromium-browser"];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser's full path in the folders of <paramref name="pathVariable"/> (a <c>PATH</c> value), or null.</summary>
    internal static string? Find(string? pathVariable)
    {
        string[] folders = (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>The browser's path; ignores the test when it is missing, or fails it under <c>CLAIMCHECK_REQUIRE_BROWSER=1</c>.</summary>
    internal static string Require()
        => Require(Environment.GetEnvironmentVariable("PATH"), Environment.GetEnvironmentVariable(RequireVariable));

    /// <summary><see cref="Require()"/> with the two variables given.</summary>
    internal static string Require(string? pathVariable, string? requireVariable)
    {
        if (Find(pathVariable) is { } executable)
        {
            return executable;
        }

        string missing = "chromium is not installed (not found on PATH as chromium or chromium-browser)";
        if (requireVariable == "1")
        {
            Assert.Fail($"{missing} and {RequireVariable}=1; install it with: {InstallLine}");
        }

        Assert.Ignore($"{missing}: browser test skipped; install it with: {InstallLine} (set {RequireVariable}=1 to fail instead)");
        return null!;
    }

    /// <summary>The serialized DOM of <paramref name="file"/> after load (<c>--dump-dom</c>).</summary>
    internal static string DumpDom(string file) => Run(file, "--dump-dom").Output;

    /// <summary>Writes a PNG of <paramref name="file"/> rendered in a 1400×1000 window.</summary>
    internal static void Screenshot(string file, string png) => Run(file, "--screenshot=" + png, "--window-size=1400,1000");

    private static (string Output, string Error) Run(string file, params string[] mode)
    {
        string executable = Require();
        string profile = Directory.CreateTempSubdirectory("claimcheck-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
            }.Concat(mode))
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(Path.GetFullPath(file)).AbsoluteUri);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Assert.Fail($"chromium did not finish within {Timeout.TotalSeconds} s");
            }

            process.ExitCode.Should().Be(0, error.Result);
            return (output.Result, error.Result);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A helper process may still hold a file for a moment; the temp folder is cleaned up eventually.
            }
        }
    }
}

using System.Diagnostics;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// Runs Debian's headless chromium on a local file, offline and with a fresh profile, and returns the
/// DOM after the page's scripts ran. Without chromium the calling test is ignored, unless
/// <c>CLAIMCHECK_REQUIRE_BROWSER=1</c> (set by .ci/run), when it fails.
/// </summary>
internal static class Chromium
{
    private const string Executable = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Ignores or fails the test when chromium is not installed.</summary>
    internal static void Require()
    {
        if (File.Exists(Executable))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CLAIMCHECK_REQUIRE_BROWSER") == "1")
        {
            Assert.Fail($"{Executable} is missing and CLAIMCHECK_REQUIRE_BROWSER=1");
        }

        Assert.Ignore($"{Executable} is not installed (apt-get install chromium); set CLAIMCHECK_REQUIRE_BROWSER=1 to fail instead");
    }

    /// <summary>The serialized DOM of <paramref name="file"/> after load (<c>--dump-dom</c>).</summary>
    internal static string DumpDom(string file) => Run(file, "--dump-dom").Output;

    /// <summary>Writes a PNG of <paramref name="file"/> rendered in a 1400×1000 window.</summary>
    internal static void Screenshot(string file, string png) => Run(file, "--screenshot=" + png, "--window-size=1400,1000");

    private static (string Output, string Error) Run(string file, params string[] mode)
    {
        Require();
        string profile = Directory.CreateTempSubdirectory("claimcheck-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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

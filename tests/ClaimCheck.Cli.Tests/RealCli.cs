using System.Diagnostics;

namespace ClaimCheck.Cli.Tests;

/// <summary>
/// Runs the built <c>claimcheck</c> (ClaimCheck.Cli.dll beside the tests) as a process: its own current
/// folder, environment and standard streams, which the in-process <see cref="Cli"/> cannot give.
/// </summary>
internal static class RealCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static string Dll => Path.Combine(TestContext.CurrentContext.TestDirectory, "ClaimCheck.Cli.dll");

    /// <summary>Runs <c>claimcheck args</c> in <paramref name="folder"/> with standard streams redirected (no terminal).</summary>
    internal static Cli.Outcome Run(string folder, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = folder };
        start.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return Wait(start);
    }

    /// <summary>
    /// Runs <c>claimcheck args</c> with standard output and standard error on a pseudo-terminal (util-linux
    /// <c>script</c>), as a user at a terminal would; the returned output is what the terminal received.
    /// Ignores the test where <c>script</c> is missing.
    /// </summary>
    internal static Cli.Outcome RunOnTerminal(string folder, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        const string Script = "/usr/bin/script";
        if (!File.Exists(Script) || OperatingSystem.IsWindows())
        {
            Assert.Ignore($"{Script} (util-linux) is needed to run the tool on a terminal");
        }

        string command = string.Join(' ', new[] { "dotnet", Dll }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo(Script) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = folder };
        foreach (string arg in new[] { "-qec", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Wait(start);
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static Cli.Outcome Wait(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"claimcheck did not finish within {Timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new Cli.Outcome(process.ExitCode, output.Result, error.Result);
    }
}

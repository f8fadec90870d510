using System.Diagnostics;
using System.Text;

namespace ClaimCheck.Package.Tests;

/// <summary>The outcome of a finished process: its exit code and everything it wrote.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The command and its output, for failure messages.</summary>
    public override string ToString() =>
        $"{Command}\nexit code {ExitCode}\n--- standard output\n{StandardOutput}\n--- standard error\n{StandardError}";
}

/// <summary>Runs the .NET CLI and installed tools with a time limit, capturing their output.</summary>
internal static class Processes
{
    /// <summary>The root of the .NET installation running the tests (holds the <c>dotnet</c> host).</summary>
    internal static string DotnetRoot { get; } = FindDotnetRoot();

    /// <summary>The <c>dotnet</c> host of <see cref="DotnetRoot"/>.</summary>
    internal static string DotnetHost { get; } =
        Path.Combine(DotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    internal static ProcessResult Dotnet(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Run(DotnetHost, workingDirectory, timeout, arguments);

    /// <summary>
    /// Runs <paramref name="fileName"/> and waits for it and its output, killing the process tree after
    /// <paramref name="timeout"/>; the test fails then with the output so far.
    /// </summary>
    internal static ProcessResult Run(string fileName, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's and the test platform's variables; a nested build must not
        // inherit them (they point at the outer build's nodes and SDK resolution).
        foreach (string name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        // Build nodes and the compiler server would outlive the process holding our output pipes open,
        // so that waiting for the end of the output would wait for them.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // Installed tools start through an apphost, which finds the runtime through DOTNET_ROOT when the
        // SDK is not in a default location.
        start.Environment["DOTNET_ROOT"] = DotnetRoot;

        string command = fileName + " " + string.Join(' ', arguments);
        TestContext.Progress.WriteLine($"[{DateTime.Now:HH:mm:ss}] {command}");
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            // Also waits for the end of both outputs.
            process.WaitForExitAsync(cancel.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
            Assert.Fail($"timed out after {timeout}:\n{new ProcessResult(command, -1, Snapshot(output), Snapshot(error))}");
        }

        return new ProcessResult(command, process.ExitCode, Snapshot(output), Snapshot(error));
    }

    private static string Snapshot(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    /// <summary>The shared framework lives in &lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/.</summary>
    private static string FindDotnetRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Path.GetFullPath(Path.Combine(framework, "..", "..", ".."));
    }
}

using System.Diagnostics;
using System.Text;

namespace ClaimCheck.Cli.Tests;

/// <summary>
/// Runs the real <c>claimcheck</c> (the built ClaimCheck.Cli.dll under the running <c>dotnet</c> host) as a
/// process: what signals, pipes, file permissions and exit codes do can only be seen from outside.
/// </summary>
internal static class CliProcess
{
    internal sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}\n--- standard output\n{Output}\n--- standard error\n{Error}";
    }

    /// <summary>The tool's entry assembly, copied beside the tests by the project reference.</summary>
    internal static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll");

    /// <summary>The <c>dotnet</c> host running the tests.</summary>
    internal static string Host { get; } = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet"
        ? path
        : Path.Combine(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..")), "dotnet");

    /// <summary>True when the tests run as root, for whom <c>chmod 000</c> hides nothing.</summary>
    internal static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>Runs the tool in <paramref name="workingDirectory"/>, feeding <paramref name="stdin"/>; kills it after <paramref name="timeout"/> (a hang fails the test).</summary>
    internal static Outcome Run(string workingDirectory, byte[]? stdin, TimeSpan timeout, params string[] args)
        => Start(workingDirectory, asNobody: false, args).Finish(stdin, timeout);

    /// <summary>Runs the tool as the unprivileged user <c>nobody</c> (through <c>setpriv</c>) when the tests run as root.</summary>
    internal static Outcome RunUnprivileged(string workingDirectory, TimeSpan timeout, params string[] args)
        => Start(workingDirectory, asNobody: IsRoot, args).Finish(null, timeout);

    /// <summary>Starts the tool; the caller finishes it with <see cref="Running.Finish"/>.</summary>
    internal static Running Start(string workingDirectory, bool asNobody, params string[] args)
    {
        var start = new ProcessStartInfo(asNobody ? "setpriv" : Host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (asNobody)
        {
            foreach (string argument in new[] { "--reuid=nobody", "--regid=nogroup", "--clear-groups", Host })
            {
                start.ArgumentList.Add(argument);
            }

            // The host wants a home folder for its first-run files; nobody's does not exist.
            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(Dll);
        foreach (string argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        return new Running(Process.Start(start)!);
    }

    /// <summary>A started tool process.</summary>
    internal sealed class Running(Process process) : IDisposable
    {
        internal Process Process { get; } = process;

        internal Outcome Finish(byte[]? stdin, TimeSpan timeout)
        {
            var output = Process.StandardOutput.ReadToEndAsync();
            var error = Process.StandardError.ReadToEndAsync();
            var feed = Task.Run(() =>
            {
                try
                {
                    if (stdin is not null)
                    {
                        Process.StandardInput.BaseStream.Write(stdin);
                    }

                    Process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The tool stopped reading (it read up to its limit and quit, or failed): what it says is the outcome.
                }
            });
            if (!Process.WaitForExit(timeout))
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
                Assert.Fail($"claimcheck did not finish in {timeout} (a hang):\n{output.Result}\n{error.Result}");
            }

            Process.WaitForExit();
            feed.Wait(TimeSpan.FromSeconds(10));
            return new Outcome(Process.ExitCode, output.Result, error.Result);
        }

        public void Dispose() => Process.Dispose();
    }
}

using System.Runtime.InteropServices;

namespace ClaimCheck.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM end the run at once and cleanly: the report's temporary files are
/// deleted (the previous report, if any, is left as it was), the cursor a progress bar hid is shown
/// again, and the process exits with 130 (128 + SIGINT, what shells report for an interrupted command).
/// </summary>
internal static class Interruption
{
    /// <summary>The exit code of an interrupted run.</summary>
    internal const int ExitCode = 130;

    /// <summary>Handles the signals for the process's lifetime; dispose to stop.</summary>
    internal static IDisposable Install(CliConsole console)
    {
        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            console.Reports.Discard();
            try
            {
                if (console.ErrorIsTerminal)
                {
                    // Show the cursor (DECTCEM) and end the line the progress bar was drawing.
                    console.Error.Write("\u001b[?25h\n");
                }

                console.Error.WriteLine("interrupted: the run was stopped before its end; no report file was left");
                console.Error.Flush();
            }
            catch (IOException)
            {
                // Standard error is gone: the exit code still says it.
            }

            Environment.Exit(ExitCode);
        }

        var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
        return new Registrations(interrupt, terminate);
    }

    private sealed class Registrations(params IDisposable[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}

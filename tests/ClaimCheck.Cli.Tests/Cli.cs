namespace ClaimCheck.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it wrote.</summary>
internal static class Cli
{
    internal sealed record Outcome(int ExitCode, string Output, string Error)
    {
        /// <summary>Standard output's non-empty lines.</summary>
        internal string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    internal static Outcome Run(params string[] args) => RunWithInput("", args);

    internal static Outcome RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = ClaimCheckCli.Run(args, output, error, new StringReader(stdin));
        return new Outcome(exitCode, output.ToString(), error.ToString());
    }
}

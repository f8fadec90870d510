using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace ClaimCheck.Cli.Tests;

/// <summary>
/// Issue 15: the installed tool against hostile file systems, standard input and signals, run as a real
/// process (docs/robustness.md lists each case with the command that reproduces it).
/// </summary>
[NonParallelizable]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Test]
    public void An_unreadable_subfolder_is_named_and_counted_and_the_good_files_elsewhere_are_read()
    {
        RequireUnix();
        using var folder = new TempFolder();
        folder.Copy(Corpus.Seed000, "d/good1/a.txt");
        folder.Copy(Corpus.Seed001, "d/good2/b.txt");
        folder.Copy(Corpus.Seed002, "d/locked/c.txt");
        string locked = Path.Combine(folder.Path, "d", "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            // Root reads a folder of mode 000: the tool runs as nobody then (setpriv), which it cannot.
            var run = CliProcess.RunUnprivileged(folder.Path, Limit, "check", "d");
            if (run.ExitCode != 2 && run.Error.Contains("ClaimCheck.Cli.dll", StringComparison.Ordinal))
            {
                Assert.Ignore($"the built tool is not readable by the user nobody here: {run.Error}");
            }

            run.ExitCode.Should().Be(2, run.ToString());
            run.Output.Should().Contain("d/good1/a.txt(").And.NotContain("c.txt");
            run.Error.Should().Contain("error: d/locked: the folder cannot be read")
                .And.Contain("2 read, 1 failed, 0 skipped");
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public void Pipes_and_sockets_in_a_folder_are_skipped_unopened_and_a_pipe_named_explicitly_is_refused()
    {
        RequireUnix();
        using var folder = new TempFolder();
        folder.Copy(Corpus.Seed000, "d/a.txt");
        MakeFifo(Path.Combine(folder.Path, "d", "pipe.txt"));
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(folder.Path, "d", "socket.txt")));

        var run = CliProcess.Run(folder.Path, null, Limit, "check", "d");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().Contain("skipped: d/pipe.txt: a named pipe (FIFO), not a regular file: not opened")
            .And.Contain("skipped: d/socket.txt: a socket, not a regular file: not opened")
            .And.Contain("1 read, 0 failed, 2 skipped");

        var named = CliProcess.Run(folder.Path, null, Limit, "check", "d/pipe.txt", "/dev/zero");
        named.ExitCode.Should().Be(2, named.ToString());
        named.Output.Should().Contain("d/pipe.txt(1,1): error CC9002: the path is a named pipe (FIFO), not a regular file: not opened")
            .And.Contain("/dev/zero(1,1): error CC9002: the path is a character device, not a regular file: not opened");
        named.Error.Should().Contain("0 read, 2 failed, 0 skipped");
    }

    [Test]
    public void The_library_refuses_a_pipe_with_a_writer_attached_instead_of_throwing()
    {
        RequireUnix();
        using var folder = new TempFolder();
        string fifo = Path.Combine(folder.Path, "pipe.txt");
        MakeFifo(fifo);
        // A writer waiting on the pipe: before, the reader opened it and Length threw NotSupportedException.
        using var writer = Process.Start(new ProcessStartInfo("sh", ["-c", $"echo 'Of 49 patients, 23 improved.' > '{fifo}'"]))!;

        var result = ClaimChecker.CheckFile(fifo);

        result.Succeeded.Should().BeFalse();
        result.Read.Error.Should().Contain("named pipe");
        writer.Kill();
    }

    [Test]
    public void Symbolic_link_loops_end_and_every_page_is_read_once()
    {
        RequireUnix();
        using var folder = new TempFolder();
        folder.Copy(Corpus.Seed000, "d/a.txt");
        folder.Copy(Corpus.Seed000, "d/sub/b.txt");
        string d = Path.Combine(folder.Path, "d");
        Directory.CreateSymbolicLink(Path.Combine(d, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(d, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "self"), "d");
        File.CreateSymbolicLink(Path.Combine(d, "again.txt"), "a.txt");
        File.CreateSymbolicLink(Path.Combine(d, "broken.txt"), "nowhere.txt");

        var run = CliProcess.Run(folder.Path, null, Limit, "check", "d", "self");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().Contain("2 read, 0 failed, 4 skipped")
            .And.Contain("skipped: d/self: a symbolic link to a folder that is already read")
            .And.Contain("skipped: d/sub/up: a symbolic link to a folder that is already read")
            .And.Contain("skipped: d/broken.txt: a broken symbolic link")
            .And.Contain("skipped: d/again.txt: the same file as a page already read");
        var paths = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]).Distinct();
        paths.Should().Equal("d/a.txt", "d/sub/b.txt");
    }

    [Test]
    public void An_output_that_is_an_input_is_refused_and_the_input_is_left_intact()
    {
        using var folder = new TempFolder();
        string v = folder.Copy(Corpus.Seed000, "v.txt");
        byte[] before = File.ReadAllBytes(v);

        var run = CliProcess.Run(folder.Path, null, Limit, "check", "v.txt", "-o", "v.txt");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Trim().Should().Be("error: v.txt: the output file (--output) is also an input; writing the report would destroy it");
        File.ReadAllBytes(v).Should().Equal(before);
        Cli.Run("compare", v, "--source", Corpus.Seed001, "-o", v).ExitCode.Should().Be(2);
        File.ReadAllBytes(v).Should().Equal(before);
    }

    [Test]
    public void A_report_inside_the_checked_folder_is_never_read_as_input()
    {
        using var folder = new TempFolder();
        folder.Copy(Corpus.Seed000, "d/a.txt");

        var first = CliProcess.Run(folder.Path, null, Limit, "check", "d", "-o", "d/report.txt");
        var second = CliProcess.Run(folder.Path, null, Limit, "check", "d", "-o", "d/report.txt");

        first.ExitCode.Should().Be(0, first.ToString());
        second.ExitCode.Should().Be(0, second.ToString());
        second.Error.Should().Contain("skipped: d/report.txt: the report this run writes: not an input").And.Contain("1 read, 0 failed, 1 skipped");
        File.ReadAllText(Path.Combine(folder.Path, "d", "report.txt")).Should().NotContain("report.txt(");
        Directory.GetFiles(Path.Combine(folder.Path, "d")).Select(Path.GetFileName).Should().BeEquivalentTo("a.txt", "report.txt");
    }

    [TestCase("--help-base-uri", "javascript:alert(1)", "-f", "html")]
    [TestCase("-o", "/dev/full")]
    [TestCase("-f", "json", "-o", "/dev/full")]
    [TestCase("-o", "no-such-folder/report.txt")]
    public void Every_failure_is_exit_2_with_one_line_naming_the_cause(params string[] options)
    {
        RequireUnix();
        var run = CliProcess.Run(Corpus.Root, null, Limit, ["check", "seeds/000_ee862e205fadbfc4.txt", .. options]);

        run.ExitCode.Should().Be(2, run.ToString());
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("Run 'claimcheck --help'", StringComparison.Ordinal)).ToList();
        lines.Should().ContainSingle(run.ToString()).Which.Should().StartWith("error: ").And.NotContain("   at ");
    }

    [Test]
    public void A_report_is_renamed_into_place_and_no_temporary_file_is_left()
    {
        using var folder = new TempFolder();
        folder.Copy(Corpus.Seed000, "a.txt");
        folder.Write("out/report.json", "previous"u8.ToArray());

        var run = CliProcess.Run(folder.Path, null, Limit, "check", "a.txt", "-f", "json", "-o", "out/report.json");

        run.ExitCode.Should().Be(0, run.ToString());
        File.ReadAllText(Path.Combine(folder.Path, "out", "report.json")).Should().StartWith("{").And.Contain("CC1003");
        Directory.GetFiles(Path.Combine(folder.Path, "out")).Should().ContainSingle();
    }

    [Test]
    public void Ctrl_c_removes_the_partial_report_keeps_the_previous_one_and_exits_130()
    {
        RequireUnix();
        using var folder = new TempFolder();
        // "-" (standard input, kept open and unwritten) holds the run once the report file is open, so the
        // signal always comes mid-run however fast the machine is.
        byte[] page = File.ReadAllBytes(Corpus.Seed000);
        for (int i = 0; i < 20; i++)
        {
            folder.Write($"d/{i:D4}.txt", page);
        }

        folder.Write("report.txt", "previous"u8.ToArray());
        using var running = CliProcess.Start(folder.Path, asNobody: false, "check", "d", "-", "-j", "1", "-o", "report.txt");
        var watch = Stopwatch.StartNew();
        while (!Directory.GetFiles(folder.Path, ".report.txt.*.tmp").Any() && watch.Elapsed < Limit && !running.Process.HasExited)
        {
            Thread.Sleep(20);
        }

        Directory.GetFiles(folder.Path, ".report.txt.*.tmp").Should().NotBeEmpty("the report is being written when the signal comes");
        using (var kill = Process.Start("kill", ["-INT", running.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var outcome = running.Finish(null, Limit);

        outcome.ExitCode.Should().Be(130, outcome.ToString());
        outcome.Error.Should().Contain("interrupted");
        File.ReadAllText(Path.Combine(folder.Path, "report.txt")).Should().Be("previous");
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Should().Equal("report.txt");
    }

    [Test]
    public void Ctrl_c_on_a_terminal_shows_the_cursor_the_progress_bar_hid()
    {
        RequireUnix();
        if (!File.Exists("/usr/bin/script") || !File.Exists($"/proc/{Environment.ProcessId}/task/{Environment.ProcessId}/children"))
        {
            Assert.Ignore("needs script(1) for a pseudo-terminal and /proc to find the tool under it");
        }

        using var folder = new TempFolder();
        byte[] page = File.ReadAllBytes(Corpus.Seed000);
        for (int i = 0; i < 20; i++)
        {
            folder.Write($"d/{i:D4}.txt", page);
        }

        // script(1) gives the tool a terminal: with --output the progress bar is drawn, and hides the cursor.
        // "-" (the terminal, never written to) keeps the run waiting once the report file is open, so the
        // signal always arrives mid-run however fast the machine is.
        // script(1) runs the command through $SHELL -c; "exec" makes the tool that shell's process whatever the
        // shell (dash forks a child and would take the signal itself), so the signal reaches the tool.
        var start = new ProcessStartInfo("script", ["-qfec", $"exec '{CliProcess.Host}' '{CliProcess.Dll}' check d - -j 1 -o report.txt", "/dev/null"])
        {
            WorkingDirectory = folder.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TERM"] = "xterm-256color";
        start.Environment["SHELL"] = "/bin/sh";
        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        int tool = -1;
        while (watch.Elapsed < Limit && !script.HasExited && (tool < 0 || !Directory.GetFiles(folder.Path, ".report.txt.*.tmp").Any()))
        {
            tool = tool >= 0 ? tool : Descendants(script.Id).FirstOrDefault(pid => ReadCommandLine(pid).Contains("ClaimCheck.Cli.dll", StringComparison.Ordinal), -1);
            Thread.Sleep(50);
        }

        tool.Should().BePositive("the tool runs under script(1)");
        Thread.Sleep(200);
        using (var kill = Process.Start("kill", ["-INT", tool.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        script.WaitForExit((int)Limit.TotalMilliseconds).Should().BeTrue();
        string terminal = output.Result;
        terminal.Should().Contain("\u001b[?25l", "the progress bar hid the cursor");
        terminal.LastIndexOf("\u001b[?25h", StringComparison.Ordinal).Should().BeGreaterThan(terminal.LastIndexOf("\u001b[?25l", StringComparison.Ordinal), terminal);
        terminal.Should().Contain("interrupted");
        File.Exists(Path.Combine(folder.Path, "report.txt")).Should().BeFalse();
    }

    [Test]
    public void Standard_input_is_decoded_like_a_file()
    {
        byte[] latin1 = [.. "Of 49 patients, 23 improved "u8, 0xE9, .. " (46.9%).\n"u8];
        var refused = CliProcess.Run(Corpus.Root, latin1, Limit, "check", "-");
        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().Contain("<stdin>: the input is not valid UTF-8 (invalid byte 0xE9 at offset 28)");

        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(File.ReadAllText(Corpus.Seed000))];
        var read = CliProcess.Run(Corpus.Root, utf16, Limit, "check", "-");
        read.ExitCode.Should().Be(0, read.ToString());
        read.Output.Should().Contain("<stdin>(22,").And.Contain("warning CC1003: the placebo group is 29");
    }

    [Test]
    public void Standard_input_over_the_limit_is_cut_with_cc9003_in_bounded_memory()
    {
        RequireUnix();
        // 80 MiB of claims, over the 64 MiB limit: read up to the limit, the rest counted and named.
        byte[] line = "Of 49 patients, 23 (46.9%) improved.\n"u8.ToArray();
        byte[] input = new byte[80 * 1024 * 1024 / line.Length * line.Length];
        for (int i = 0; i < input.Length; i += line.Length)
        {
            line.CopyTo(input, i);
        }

        var run = CliProcess.Run(Corpus.Root, input, TimeSpan.FromMinutes(5), "check", "-", "--rule", "CC9001=off", "--min-severity", "warning");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain($"<stdin>(1,1): warning CC9003: the input is {input.Length:N0} bytes, over the limit of 67,108,864");
    }

    [Test]
    public void Control_characters_from_a_page_or_a_file_name_do_not_reach_the_terminal()
    {
        RequireUnix();
        using var folder = new TempFolder();
        // A name that sets the terminal's title (OSC 0) and a page that clears the screen inside the p-value CC2010 quotes.
        folder.Write("t\u001b]0;pwned\u0007.txt", Encoding.UTF8.GetBytes("Of 49 patients, 23 (46.9%) improved, p = 0.000 in the \u009b31m treated group.\n"));

        var run = CliProcess.Run(folder.Path, null, Limit, "check", ".");

        run.Output.Should().Contain(@"t\x1B]0;pwned\x07.txt(1,").And.Contain("CC2010");
        run.Output.Should().NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u009b");

        // Named on standard error too (a pipe with such a name is skipped): escaped there as well.
        MakeFifo(Path.Combine(folder.Path, "p\u001b[2J.txt"));
        var skipped = CliProcess.Run(folder.Path, null, Limit, "check", ".");
        skipped.Error.Should().Contain(@"skipped: ./p\x1B[2J.txt: a named pipe").And.NotContain("\u001b");
    }

    private static void RequireUnix()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("named pipes, sockets, modes and signals of Unix");
        }
    }

    private static IEnumerable<int> Descendants(int pid)
    {
        string children = $"/proc/{pid}/task/{pid}/children";
        if (!File.Exists(children))
        {
            yield break;
        }

        foreach (string child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int id = int.Parse(child, System.Globalization.CultureInfo.InvariantCulture);
            yield return id;
            foreach (int grandchild in Descendants(id))
            {
                yield return grandchild;
            }
        }
    }

    private static string ReadCommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }
}

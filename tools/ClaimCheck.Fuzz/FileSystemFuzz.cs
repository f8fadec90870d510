using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using ClaimCheck.Diagnostics;
using ClaimCheck.Parsing;

namespace ClaimCheck.Fuzz;

/// <summary>
/// The file-system side of hostile input (issue 15): each iteration builds a random folder tree of mutated
/// pages, symbolic links (loops back to ancestors, links to files, broken links), named pipes, sockets,
/// unreadable files and folders, and names with control characters, then expands it as <c>claimcheck check</c>
/// does (<see cref="InputFiles.Expand"/>) and reads every page; every few iterations a huge standard input
/// (80–200 MB, streamed, never held) goes through <see cref="ThreadReader.ReadStream"/>. Oracle: no hang (the
/// guard), no exception, every page a regular file listed once, the output file never an input, every
/// pipe skipped unopened, and a streamed input cut at the limit with CC9003. Unix only.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class FileSystemFuzz
{
    /// <summary>Runs <paramref name="iterations"/> trees from <paramref name="seed"/>; returns the failures (empty when none).</summary>
    public static IReadOnlyList<string> Run(Mutator mutator, int seed, int iterations, TimeSpan perInput, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(mutator);
        ArgumentNullException.ThrowIfNull(log);
        var failures = new List<string>();
        for (int i = 0; i < iterations; i++)
        {
            var random = new Random(HashCode.Combine(seed, i) & int.MaxValue);
            string root = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"claimcheck-fsfuzz-{seed}-{i}-{Guid.NewGuid():N}"));
            var sockets = new List<Socket>();
            try
            {
                string description = Build(mutator, random, root, sockets);
                bool huge = i % 10 == 9;
                Exception? thrown = null;
                var thread = new Thread(() =>
                {
                    try
                    {
                        Check(root);
                        if (huge)
                        {
                            CheckHugeStream(random);
                        }
                    }
                    catch (Exception ex)
                    {
                        thrown = ex;
                    }
                }, 256 * 1024 * 1024) { IsBackground = true };
                var watch = Stopwatch.StartNew();
                thread.Start();
                string? failure = !thread.Join(perInput * (huge ? 4 : 1)) ? $"hang: no result after {watch.Elapsed.TotalSeconds:N0} s"
                    : thrown is not null ? thrown.ToString() : null;
                if (failure is not null)
                {
                    failures.Add($"seed {seed}, iteration {i} ({description}): {failure}");
                    log.WriteLine(failures[^1]);
                }
            }
            finally
            {
                foreach (var socket in sockets)
                {
                    socket.Dispose();
                }

                Restore(root);
                Directory.Delete(root, recursive: true);
            }
        }

        return failures;
    }

    private static string Build(Mutator mutator, Random random, string root, List<Socket> sockets)
    {
        var folders = new List<string> { root };
        Directory.CreateDirectory(root);
        var made = new List<string>();
        int entries = 5 + random.Next(30);
        for (int e = 0; e < entries; e++)
        {
            string parent = folders[random.Next(folders.Count)];
            string name = string.Create(CultureInfo.InvariantCulture, $"e{e}") + (random.Next(8) == 0 ? "\u001b]0;x\u0007" : "");
            string path = Path.Combine(parent, name);
            int kind = random.Next(10);
            switch (kind)
            {
                case 0 or 1 or 2:
                    File.WriteAllBytes(path + ".txt", mutator.Next(random, out _));
                    made.Add("page");
                    break;
                case 3:
                    Directory.CreateDirectory(path);
                    folders.Add(path);
                    made.Add("folder");
                    break;
                case 4:
                    // A link to an ancestor (a loop) or to any folder.
                    Directory.CreateSymbolicLink(path, Path.GetRelativePath(parent, folders[random.Next(folders.Count)]));
                    made.Add("folder-link");
                    break;
                case 5:
                    File.CreateSymbolicLink(path + ".txt", random.Next(2) == 0 ? "missing.txt" : Path.Combine(root, "e0.txt"));
                    made.Add("file-link");
                    break;
                case 6:
                    using (var mkfifo = Process.Start("mkfifo", [path + ".txt"]))
                    {
                        mkfifo.WaitForExit();
                    }

                    made.Add("fifo");
                    break;
                case 7:
                    var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    socket.Bind(new UnixDomainSocketEndPoint(path + ".htm"));
                    sockets.Add(socket);
                    made.Add("socket");
                    break;
                case 8:
                    File.WriteAllBytes(path + ".html", mutator.Next(random, out _));
                    File.SetUnixFileMode(path + ".html", UnixFileMode.None);
                    made.Add("unreadable-file");
                    break;
                default:
                    Directory.CreateDirectory(path);
                    File.WriteAllBytes(Path.Combine(path, "inside.txt"), mutator.Next(random, out _));
                    File.SetUnixFileMode(path, UnixFileMode.None);
                    made.Add("unreadable-folder");
                    break;
            }
        }

        return string.Join(", ", made);
    }

    private static void Check(string root)
    {
        string output = Path.Combine(root, "e0.txt");
        var expansion = InputFiles.Expand([root, root], [output]);
        Require(!expansion.Pages.Contains(output), "the output file is listed as an input");
        Require(expansion.Pages.Distinct(StringComparer.Ordinal).Count() == expansion.Pages.Length, "a page is listed twice");
        var reader = new ThreadReader();
        var real = new HashSet<string>(StringComparer.Ordinal);
        foreach (string page in expansion.Pages)
        {
            var info = new FileInfo(page);
            string target = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
            Require(real.Add(Path.GetFullPath(target)), $"{page}: the same file is read twice");
            var result = ClaimChecker.Check(reader.ReadFile(page), new Verification.Verifier());
            Pipeline.Verify(result, page);
            Pipeline.WriteReports(result);
        }

        foreach (var note in expansion.Skipped)
        {
            Require(!string.IsNullOrEmpty(note.Reason), $"{note.Path}: skipped without a reason");
        }
    }

    private static void CheckHugeStream(Random random)
    {
        long length = (80L + random.Next(120)) * 1024 * 1024;
        var result = new ThreadReader().ReadStream(new RepeatingStream("Of 49 patients, 23 (46.9%) improved, p = 0.04.\n"u8.ToArray(), length), "<stdin>");
        Require(result.InputFindings.Any(f => f.Id == InputRules.OverSizeLimit.Id), "a huge stream is not cut with CC9003");
        Require(result.Document is null || result.Document.Source.Length <= ReaderOptions.Default.MaxInputBytes, "more than the limit was kept");
    }

    private static void Restore(string root)
    {
        foreach (string folder in Directory.EnumerateDirectories(root, "*", new EnumerationOptions { RecurseSubdirectories = false }).Append(root))
        {
            if (new DirectoryInfo(folder).LinkTarget is null)
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                if (folder != root)
                {
                    Restore(folder);
                }
            }
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }

    /// <summary>A read-only stream of <c>length</c> bytes repeating a pattern, never held in memory.</summary>
    private sealed class RepeatingStream(byte[] pattern, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - _position);
            for (int k = 0; k < n; k++)
            {
                buffer[offset + k] = pattern[(int)((_position + k) % pattern.Length)];
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

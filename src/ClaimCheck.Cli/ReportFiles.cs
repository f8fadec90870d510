namespace ClaimCheck.Cli;

/// <summary>
/// The report files of one run, each written to a temporary file beside it and renamed over it only
/// when the command has finished: a failure or an interruption leaves the previous file (or none), never
/// a partial report. A path under <c>/dev</c> or <c>/proc</c> (<c>/dev/null</c>, <c>/dev/stdout</c>) is
/// written directly: it cannot be renamed over, and replacing it would remove the device. Thread-safe.
/// </summary>
internal sealed class ReportFiles
{
    private readonly Lock _lock = new();
    private readonly List<(string Temporary, string Target, Stream Stream)> _pending = [];

    /// <summary>Creates the stream that becomes <paramref name="path"/> on <see cref="Commit"/>.</summary>
    /// <exception cref="IOException">The file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    internal Stream Create(string path)
    {
        if (IsSpecial(path))
        {
            return new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        lock (_lock)
        {
            _pending.Add((temporary, path, stream));
        }

        return new CommitOnlyStream(stream);
    }

    /// <summary>Renames every temporary file over its target.</summary>
    internal void Commit()
    {
        lock (_lock)
        {
            foreach (var (temporary, target, stream) in _pending)
            {
                stream.Dispose();
                File.Move(temporary, target, overwrite: true);
            }

            _pending.Clear();
        }
    }

    /// <summary>Deletes every temporary file; the targets are left as they were. Never throws.</summary>
    internal void Discard()
    {
        lock (_lock)
        {
            foreach (var (temporary, _, stream) in _pending)
            {
                try
                {
                    stream.Dispose();
                }
                catch (IOException)
                {
                    // A failed last flush (a full disk) is why it is discarded.
                }

                try
                {
                    File.Delete(temporary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Nothing more can be done; the name says what it is.
                }
            }

            _pending.Clear();
        }
    }

    /// <summary>
    /// True for the device and process folders of Unix (<c>/dev/null</c>, <c>/dev/stdout</c>, <c>/proc/self/fd/1</c>):
    /// .NET cannot tell a device from a file without opening it, and opening a pipe for writing waits for a reader.
    /// </summary>
    private static bool IsSpecial(string path)
    {
        string full = Path.GetFullPath(path);
        return !OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal));
    }

    /// <summary>The writer's view of a pending file: disposing it flushes but leaves closing and renaming to <see cref="Commit"/>.</summary>
    private sealed class CommitOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Flush();
            }

            base.Dispose(disposing);
        }
    }
}

using System.Text;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Api;

/// <summary>The façade's ways in: a path, text, a TextReader, a Stream, synchronously or not; all give the same result.</summary>
public sealed class ClaimPipelineInputTests
{
    private static string Seed => Corpus.PathOf("seeds/000_ee862e205fadbfc4.txt");

    private static IEnumerable<string> Describe(CheckResult result)
        => result.Findings.Select(f => $"{f.Location.Position} {f.Severity} {f.Id}: {f.Message}");

    [Test]
    public void Text_reader_and_stream_give_what_the_file_gives()
    {
        var expected = Describe(ClaimChecker.CheckFile(Seed)).ToList();
        expected.Should().NotBeEmpty();

        using (var reader = new StreamReader(Seed, Encoding.UTF8))
        {
            Describe(ClaimChecker.Check(reader, Seed)).Should().Equal(expected);
        }

        using (var stream = File.OpenRead(Seed))
        {
            Describe(ClaimChecker.Check(stream, Seed)).Should().Equal(expected);
        }
    }

    [Test]
    public async Task The_asynchronous_checks_give_what_the_file_gives()
    {
        var expected = Describe(ClaimChecker.CheckFile(Seed)).ToList();

        Describe(await ClaimChecker.CheckFileAsync(Seed)).Should().Equal(expected);
        await using var stream = new FileStream(Seed, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        Describe(await ClaimChecker.CheckAsync(stream, Seed)).Should().Equal(expected);
    }

    [Test]
    public async Task A_cancelled_check_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => ClaimChecker.CheckFileAsync(Seed, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        using var stream = new MemoryStream(File.ReadAllBytes(Seed));
        await FluentActions.Awaiting(() => ClaimChecker.CheckAsync(stream, Seed, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public void A_stream_over_the_limit_is_cut_and_named_as_a_file_is()
    {
        // Bigger than the chunk the stream is read in, and not seekable: the rest is counted, not kept.
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Of 49 patients, 23 (46.9%) improved.\n", 5000)));
        string path = Path.Combine(Path.GetTempPath(), "claimcheck-limit-" + Guid.NewGuid() + ".txt");
        File.WriteAllBytes(path, bytes);
        try
        {
            var reader = new ClaimCheck.Parsing.ThreadReader(new ClaimCheck.Parsing.ReaderOptions { MaxInputBytes = 100_000 });
            var fromFile = reader.ReadFile(path);
            var fromStream = reader.ReadStream(new ForwardOnlyStream(bytes), path);

            fromFile.InputFindings.Should().ContainSingle(f => f.Id == "CC9003")
                .Which.Message.Should().Be("the input is 185,000 bytes, over the limit of 100,000: the first 99,974 bytes (up to a line break) were read and bytes 99,974–185,000 were not");
            fromStream.InputFindings.Select(f => f.Message).Should().Equal(fromFile.InputFindings.Select(f => f.Message));
            fromStream.Document!.Source.Text.Should().Be(fromFile.Document!.Source.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Succeeded_means_document_and_claims_are_there()
    {
        var result = ClaimChecker.Check("Of 49 patients, 23 (46.9%) improved.", null);

        result.Succeeded.Should().BeTrue();
        // MemberNotNullWhen lets this compile without '!' under nullable warnings as errors.
        if (result.Succeeded)
        {
            result.Document.Posts.Should().NotBeEmpty();
            result.Extraction.Claims.Should().NotBeEmpty();
        }
    }

    /// <summary>A stream that can only be read forwards, in small pieces (a socket, a pipe).</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, 7000), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
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

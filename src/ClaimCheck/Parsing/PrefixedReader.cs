namespace ClaimCheck.Parsing;

/// <summary>A reader that gives <c>head</c> (characters already read from <c>rest</c> to sniff the format) and then the rest of <c>rest</c>; it does not close <c>rest</c>.</summary>
internal sealed class PrefixedReader(string head, TextReader rest) : TextReader
{
    private int _at;

    /// <summary>Reads up to 8 Ki characters of <paramref name="reader"/> and gives them back with the rest.</summary>
    internal static (string Head, PrefixedReader Reader) Peek(TextReader reader)
    {
        var buffer = new char[8192];
        int filled = 0, n;
        while (filled < buffer.Length && (n = reader.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += n;
        }

        string head = new(buffer, 0, filled);
        return (head, new PrefixedReader(head, reader));
    }

    public override int Peek() => _at < head.Length ? head[_at] : rest.Peek();

    public override int Read() => _at < head.Length ? head[_at++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_at < head.Length)
        {
            int n = Math.Min(buffer.Length, head.Length - _at);
            head.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }

        return rest.Read(buffer);
    }
}

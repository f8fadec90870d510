using System.Runtime.InteropServices;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace ClaimCheck.Parsing.Html;

/// <summary>
/// Finds where the data of a DOM text node was read from in the page. AngleSharp keeps source
/// positions for elements only, so the tokenizer's character tokens (data and source range) are
/// recorded while parsing, and a text node is matched to the run of consecutive tokens whose data it
/// is. A forward cursor and a bounded scan keep the whole job linear in the page size.
/// </summary>
internal sealed class SourceLocator
{
    /// <summary>How many tokens one lookup may pass over before giving up (text moved by the tree builder, or behind skipped chrome).</summary>
    private const int MaxScan = 256;

    private readonly string _html;
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];
    private readonly List<string> _data = [];
    private int _cursor;

    internal SourceLocator(string html) => _html = html;

    /// <summary>Records a token reported by the tokenizer (only character tokens are kept).</summary>
    internal void Record(HtmlToken token, TextRange range)
    {
        if (token.Type == HtmlTokenType.Character && token.Data.Length > 0)
        {
            _starts.Add(range.Start.Index);
            _ends.Add(Math.Min(range.End.Index, _html.Length));
            _data.Add(token.Data);
        }
    }

    /// <summary>
    /// Adds the segments of <paramref name="data"/> to <paramref name="segments"/>. The text must start
    /// at or after <paramref name="lowerBound"/>; when its tokens are not found, one segment maps it all
    /// to <paramref name="fallback"/> (the start tag of the element that holds it).
    /// </summary>
    /// <returns>True when the text was located exactly.</returns>
    internal bool Locate(string data, int lowerBound, int fallback, List<RawSegment> segments)
    {
        int count = _data.Count;
        int k = Math.Max(_cursor, FirstTokenAtOrAfter(lowerBound));
        for (int scanned = 0; k < count && scanned < MaxScan; k++, scanned++)
        {
            if (!data.AsSpan().StartsWith(_data[k], StringComparison.Ordinal))
            {
                continue;
            }

            int offset = _data[k].Length, j = k + 1;
            while (offset < data.Length && j < count && data.AsSpan(offset).StartsWith(_data[j], StringComparison.Ordinal))
            {
                offset += _data[j].Length;
                j++;
            }

            if (offset != data.Length)
            {
                continue;
            }

            offset = 0;
            for (int t = k; t < j; t++)
            {
                MapToken(t, offset, segments);
                offset += _data[t].Length;
            }

            _cursor = j;
            return true;
        }

        segments.Add(new RawSegment(0, data.Length, Math.Max(0, fallback), 0));
        return false;
    }

    private int FirstTokenAtOrAfter(int position)
    {
        int i = CollectionsMarshal.AsSpan(_starts).BinarySearch(position);
        return i >= 0 ? i : ~i;
    }

    /// <summary>
    /// Splits token <paramref name="t"/> into exact runs and the places where the data differs from
    /// the page: character references (which may lack their semicolon) and CR LF pairs.
    /// </summary>
    private void MapToken(int t, int dataOffset, List<RawSegment> segments)
    {
        string data = _data[t];
        int i = _starts[t], rawEnd = _ends[t], j = 0;
        int runRaw = i, runData = 0;

        void Flush()
        {
            if (j > runData)
            {
                segments.Add(new RawSegment(dataOffset + runData, j - runData, runRaw, j - runData));
            }
        }

        while (j < data.Length && i < rawEnd)
        {
            char c = _html[i];
            if (c == '&' && !(data[j] == '&' && LinesUp(i + 1, rawEnd, data, j + 1)))
            {
                Flush();
                var (end, decoded) = Reference(i, rawEnd, data, j);
                segments.Add(new RawSegment(dataOffset + j, decoded, i, end - i));
                i = end;
                j += decoded;
                runRaw = i;
                runData = j;
            }
            else if (c == '\r')
            {
                Flush();
                int length = i + 1 < rawEnd && _html[i + 1] == '\n' ? 2 : 1;
                segments.Add(new RawSegment(dataOffset + j, 1, i, length));
                i += length;
                j++;
                runRaw = i;
                runData = j;
            }
            else
            {
                i++;
                j++;
            }
        }

        Flush();
        if (j < data.Length)
        {
            segments.Add(new RawSegment(dataOffset + j, data.Length - j, Math.Max(_starts[t], rawEnd - 1), 0));
        }
    }

    /// <summary>The end of the character reference at <paramref name="amp"/> and how many data characters it decoded to.</summary>
    private (int End, int Decoded) Reference(int amp, int rawEnd, string data, int j)
    {
        int n = amp + 1;
        bool numeric = n < rawEnd && _html[n] == '#';
        if (numeric)
        {
            n++;
            if (n < rawEnd && (_html[n] | 0x20) == 'x')
            {
                n++;
            }

            while (n < rawEnd && char.IsAsciiHexDigit(_html[n]))
            {
                n++;
            }
        }
        else
        {
            while (n < rawEnd && n - amp <= 40 && char.IsAsciiLetterOrDigit(_html[n]))
            {
                n++;
            }
        }

        bool semicolon = n < rawEnd && _html[n] == ';';
        int longest = semicolon ? n + 1 : n;
        // Legacy references may stop short of the letters that follow ("&notit" reads as "¬it").
        int shortest = semicolon || numeric ? longest : Math.Min(longest, amp + 2);
        for (int end = longest; end >= shortest; end--)
        {
            for (int decoded = 1; decoded <= 2; decoded++)
            {
                if (j + decoded <= data.Length && LinesUp(end, rawEnd, data, j + decoded))
                {
                    return (end, decoded);
                }
            }
        }

        return (Math.Max(longest, amp + 1), Math.Min(1, data.Length - j));
    }

    /// <summary>True when the page from <paramref name="raw"/> reads like the data from <paramref name="d"/> for a few characters.</summary>
    private bool LinesUp(int raw, int rawEnd, string data, int d)
    {
        for (int q = 0; q < 4; q++)
        {
            bool rawDone = raw + q >= rawEnd, dataDone = d + q >= data.Length;
            if (rawDone || dataDone)
            {
                return rawDone && dataDone;
            }

            char r = _html[raw + q];
            if (r is '&' or '\r')
            {
                return true;
            }

            if (r != data[d + q])
            {
                return false;
            }
        }

        return true;
    }
}

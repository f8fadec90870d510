using System.Text;

namespace ClaimCheck.Fuzz;

/// <summary>
/// A seeded mutation engine over byte inputs: each call takes one seed (or two, for splicing) and applies
/// one to four mutations chosen from byte-level damage, number rewrites, deep nesting, mixed scripts,
/// invalid encodings, entity bombs and rule vocabulary. The same <see cref="Random"/> state gives the same
/// output, so an input is reproduced from (seed, iteration) alone. Not thread-safe (it has no state of its
/// own, but the <see cref="Random"/> passed in has).
/// </summary>
public sealed class Mutator
{
    /// <summary>Mutated inputs are cut to this many bytes, so that one iteration stays well under a second.</summary>
    public const int MaxInputBytes = 3 * 1024 * 1024;

    private readonly IReadOnlyList<byte[]> _seeds;
    private readonly (string Name, Func<Random, byte[], byte[]> Apply)[] _mutations;

    /// <summary>Creates a mutator over <paramref name="seeds"/> (at least one).</summary>
    /// <exception cref="ArgumentException"><paramref name="seeds"/> is empty.</exception>
    public Mutator(IReadOnlyList<byte[]> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("at least one seed is needed", nameof(seeds));
        }

        _seeds = seeds;
        _mutations =
        [
            ("flip-bits", FlipBits),
            ("insert-bytes", InsertBytes),
            ("delete-bytes", DeleteBytes),
            ("number", MutateNumber),
            ("number", MutateNumber),
            ("number", MutateNumber),
            ("nesting", Nest),
            ("brackets", Brackets),
            ("scripts", Scripts),
            ("bad-utf8", BadUtf8),
            ("nul", Nul),
            ("bom", Bom),
            ("entities", Entities),
            ("splice", Splice),
            ("truncate", Truncate),
            ("repeat", Repeat),
            ("line-breaks", LineBreaks),
            ("vocabulary", Vocabulary),
            ("vocabulary", Vocabulary),
            ("markup", Markup),
            ("control-characters", ControlCharacters),
        ];
    }

    /// <summary>The seeds.</summary>
    public IReadOnlyList<byte[]> Seeds => _seeds;

    /// <summary>Picks a seed and mutates it; <paramref name="description"/> names the seed index and the mutations applied.</summary>
    public byte[] Next(Random random, out string description)
    {
        ArgumentNullException.ThrowIfNull(random);
        int seedIndex = random.Next(_seeds.Count);
        byte[] data = _seeds[seedIndex];
        int count = 1 + random.Next(4);
        var names = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            var (name, apply) = _mutations[random.Next(_mutations.Length)];
            data = apply(random, data);
            if (data.Length > MaxInputBytes)
            {
                data = data[..MaxInputBytes];
            }

            names.Add(name);
        }

        description = $"seed {seedIndex}: {string.Join(", ", names)}";
        return data;
    }

    /// <summary>Turns bytes into a .NET string for <c>ClaimChecker.Check(text)</c>, sprinkling lone surrogates and other odd UTF-16 in.</summary>
    public static string ToHostileString(Random random, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(random);
        var text = new StringBuilder(Encoding.UTF8.GetString(data));
        int count = 1 + random.Next(8);
        string[] odd = ["\uD800", "\uDFFF", "\uDC00\uD800", "\uFFFE", "\uFFFF", "\0", "\u202E", "\u0301\u0301\u0301", "\uD83D", "\u2028", "\u00AD"];
        for (int i = 0; i < count; i++)
        {
            text.Insert(random.Next(text.Length + 1), odd[random.Next(odd.Length)]);
        }

        return text.ToString();
    }

    private static int Position(Random random, byte[] data) => random.Next(data.Length + 1);

    private static byte[] Replace(byte[] data, int at, int remove, ReadOnlySpan<byte> insert)
    {
        remove = Math.Min(remove, data.Length - at);
        var result = new byte[data.Length - remove + insert.Length];
        data.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        data.AsSpan(at + remove).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    private static byte[] Insert(Random random, byte[] data, string text) => Replace(data, Position(random, data), 0, Encoding.UTF8.GetBytes(text));

    private static byte[] FlipBits(Random random, byte[] data)
    {
        if (data.Length == 0)
        {
            return data;
        }

        var copy = (byte[])data.Clone();
        int flips = 1 + random.Next(16);
        for (int i = 0; i < flips; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] InsertBytes(Random random, byte[] data)
    {
        var bytes = new byte[1 + random.Next(32)];
        random.NextBytes(bytes);
        return Replace(data, Position(random, data), 0, bytes);
    }

    private static byte[] DeleteBytes(Random random, byte[] data)
    {
        if (data.Length == 0)
        {
            return data;
        }

        int at = random.Next(data.Length);
        return Replace(data, at, 1 + random.Next(Math.Min(4096, data.Length - at)), []);
    }

    private static readonly string[] NumberForms =
    [
        "999999999999999999999999999999", "-12", "\u221212.5", "0,05", "1.234,5", "0/001", "0/0", "10\u207B\u2075", "\u00D710\u00B3", "NaN", "nan%", "Infinity", "\u221E",
        "1e308", "1e-400", "1e99999", "0.", ".", "00000", "1.2.3.4", "\u00BD", "\u0663\u0664", "\uFF11\uFF12", "%%%", "\u22120", "+-1", "-0.0", "4 \u00D7 107", "2\u00B2\u00B3",
        "18446744073709551616", "2147483648", "-2147483649", "79228162514264337593543950336", "1,000,000,000,000,000", "0.000000000000000000000000001",
        "12\u00A0345", "1'234", "\u2013", "3\u20134", "-5 to -3", "(", "99.999999999999999999%",
    ];

    private static byte[] MutateNumber(Random random, byte[] data)
    {
        // Rewrite a run of digits found from a random place; without digits, insert a number.
        int from = random.Next(data.Length + 1);
        int at = data.AsSpan(from).IndexOfAnyInRange((byte)'0', (byte)'9');
        at = at < 0 ? data.AsSpan().IndexOfAnyInRange((byte)'0', (byte)'9') : from + at;
        int length = 0;
        if (at < 0)
        {
            at = Position(random, data);
        }
        else
        {
            while (at + length < data.Length && (char.IsAsciiDigit((char)data[at + length]) || data[at + length] is (byte)'.' or (byte)','))
            {
                length++;
            }
        }

        string replacement = random.Next(12) switch
        {
            0 => new string((char)('1' + random.Next(9)), 1_000_000),
            1 => new string('9', 1 + random.Next(400)),
            2 => "0." + new string('0', random.Next(400)) + "1",
            _ => NumberForms[random.Next(NumberForms.Length)],
        };
        return Replace(data, at, length, Encoding.UTF8.GetBytes(replacement));
    }

    private static int Depth(Random random) => random.Next(4) switch { 0 => 10, 1 => 100, 2 => 1_000, _ => 10_000 };

    private static byte[] Nest(Random random, byte[] data)
    {
        string[] opens = ["<div>", "(", "[", "<blockquote>", "<b><i>", "<table><tr><td>", "<ul><li>", "{", "<blockquote class=\"bbCodeBlock bbCodeBlock--quote\" data-quote=\"m\">"];
        string open = opens[random.Next(opens.Length)];
        int depth = Depth(random);
        var text = new StringBuilder(open.Length * depth + 64);
        text.Insert(0, open, depth).Append("23 of 49 (46.9%) improved, p = 0.04");
        if (random.Next(2) == 0 && open.StartsWith('<'))
        {
            string close = "</" + open[1..open.IndexOfAny([' ', '>'])] + ">";
            text.Insert(text.Length, close, depth);
        }
        else if (random.Next(2) == 0 && open.Length == 1)
        {
            text.Append(open == "(" ? ')' : open == "[" ? ']' : '}', depth);
        }

        return Insert(random, data, text.ToString());
    }

    private static byte[] Brackets(Random random, byte[] data)
    {
        const string Chars = "()[]{}<>\u300C\u300D\u00AB\u00BB\"'";
        var text = new StringBuilder();
        int count = 1 + random.Next(64);
        for (int i = 0; i < count; i++)
        {
            text.Append(Chars[random.Next(Chars.Length)]);
        }

        return Insert(random, data, text.ToString());
    }

    private static readonly string[] ScriptSamples =
    [
        "\u6cbb\u7597\u7ec4 23/49 (46.9%) \u6539\u5584", "\u0645\u0631\u064a\u0636 \u0662\u0663 \u0645\u0646 \u0664\u0669", "\u200F\u202E p = 0.04 \u202C\u200E", "a\u0301\u0301\u0301\u0301\u0301\u0301",
        "\u0939\u093F\u0928\u094D\u0926\u0940 \u0967\u0968%", "\uD83D\uDE00\uD83D\uDC4D\u200D\uD83D\uDD25", "\u05E2\u05D1\u05E8\u05D9\u05EA 95% CI 1.2\u20133.4", "\u0417\u0430\u043F\u0438\u0441\u044C n = 65",
        "\u3042\u308A\u307E\u3059 OR\uFF1D1.68", "\u1100\u1161\u11A8", "\uFEFF", "\u200B\u200C\u200D", "\u0000",
    ];

    private static byte[] Scripts(Random random, byte[] data)
    {
        int count = 1 + random.Next(8);
        for (int i = 0; i < count; i++)
        {
            data = Insert(random, data, ScriptSamples[random.Next(ScriptSamples.Length)]);
        }

        return data;
    }

    private static byte[] BadUtf8(Random random, byte[] data)
    {
        byte[][] sequences =
        [
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80],
            [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xC3], [0xE2, 0x82], [0xFE], [0xFF], [0xE9],
        ];
        return Replace(data, Position(random, data), 0, sequences[random.Next(sequences.Length)]);
    }

    private static byte[] Nul(Random random, byte[] data)
        => Replace(data, Position(random, data), 0, new byte[random.Next(3) == 0 ? 1 + random.Next(1000) : 1]);

    private static byte[] Bom(Random random, byte[] data)
    {
        byte[][] boms = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00]];
        // At the start the mark decides the decoding; anywhere else it is a stray character.
        int at = random.Next(4) == 0 ? 0 : Position(random, data);
        return Replace(data, at, 0, boms[random.Next(boms.Length)]);
    }

    private static byte[] Entities(Random random, byte[] data)
    {
        string bomb = random.Next(8) switch
        {
            0 => "&" + string.Concat(Enumerable.Repeat("amp;", 1 + random.Next(20_000))) + "lt;",
            1 => "&#" + new string('9', 1 + random.Next(2_000)) + ";",
            2 => "&#x110000;&#xD800;&#xDFFF;&#0;&#x0;&#65535;&#xFFFE;",
            3 => string.Concat(Enumerable.Repeat("&nbsp;", 1 + random.Next(50_000))),
            4 => string.Concat(Enumerable.Repeat("&#8722;", 1 + random.Next(1_000))) + "12",
            5 => "&lt;div&gt;&lt;script&gt;23 of 49&lt;/script&gt;",
            6 => "&" + new string('a', 1 + random.Next(10_000)) + ";",
            _ => "&#x" + new string('F', 1 + random.Next(100)),
        };
        return Insert(random, data, bomb);
    }

    private byte[] Splice(Random random, byte[] data)
    {
        byte[] other = _seeds[random.Next(_seeds.Count)];
        int from = random.Next(other.Length + 1);
        int length = random.Next(other.Length - from + 1);
        return Replace(data, Position(random, data), random.Next(2) == 0 ? 0 : random.Next(data.Length + 1), other.AsSpan(from, length));
    }

    private static byte[] Truncate(Random random, byte[] data) => data[..random.Next(data.Length + 1)];

    private static byte[] Repeat(Random random, byte[] data)
    {
        if (data.Length == 0)
        {
            return data;
        }

        // Repeating a slice many times is what exposes work that grows faster than the input.
        int at = random.Next(data.Length);
        int length = 1 + random.Next(Math.Min(200, data.Length - at));
        int times = 2 + random.Next(Math.Max(2, 200_000 / length));
        var chunk = new byte[length * times];
        for (int i = 0; i < times; i++)
        {
            data.AsSpan(at, length).CopyTo(chunk.AsSpan(i * length));
        }

        return Replace(data, at, 0, chunk);
    }

    private static byte[] LineBreaks(Random random, byte[] data)
    {
        var copy = (byte[])data.Clone();
        switch (random.Next(3))
        {
            case 0:
                // One long line: every line break becomes a space.
                copy.AsSpan().Replace((byte)'\n', (byte)' ');
                copy.AsSpan().Replace((byte)'\r', (byte)' ');
                return copy;
            case 1:
                copy.AsSpan().Replace((byte)'\n', (byte)'\r');
                return copy;
            default:
                return Insert(random, copy, random.Next(2) == 0 ? "\u2028\u2029\u0085" : new string('\n', 1 + random.Next(10_000)));
        }
    }

    private static readonly string[] Phrases =
    [
        "Conclusions: ", "Results: ", "Background\n", " no significant difference ", " significantly improved ", " but ", " however, ", "; ", "Although ",
        " p = 0.04", " P < .001", " p = 0.052", " (95% CI 1.2 to 0.8)", " OR 2.3 (95% CI 0.9\u20135.1)", " 23/49 (46.9%)", " (n = 65)", " n = 35 ", " HR 0.72 [0.55, 0.94]",
        " mean 4.37 (SD 1.2)", " t(28) = 2.1", " F(2, 45) = 3.4", " \u03C7\u00B2(1) = 4.2", " r = .45", " RR = 1.5", " 12 vs 15", " difference 3.2", " may offer potential benefits for ",
        " similar results ", " marginally significant ", " trend toward ", " the placebo group ", " 65 receiving ", " 1:1 ", " 2:1 randomised ", "Quote:\n", " said:\n", "Click to expand...\n",
        "\n1. forestglip\nMember\n", " wrote:\n", "Share This Page\n", "Similar articles\n", "PMID: 123\n", "Link | PDF (Journal) [Open Access]\n",
        "<script>var p = 'p = 0.001 23/49';</script>", "<style>p{}</style>", "<!--", "-->", "<![CDATA[", "<?xml?>", "</html>",
    ];

    private static byte[] Vocabulary(Random random, byte[] data)
    {
        int count = 1 + random.Next(6);
        for (int i = 0; i < count; i++)
        {
            string phrase = Phrases[random.Next(Phrases.Length)];
            data = Insert(random, data, random.Next(10) == 0 ? string.Concat(Enumerable.Repeat(phrase, 1 + random.Next(5_000))) : phrase);
        }

        return data;
    }

    private static readonly string[] Tags =
    [
        "<article class=\"message message--post\" data-author=\"x\">", "<div class=\"bbWrapper\">", "<blockquote class=\"bbCodeBlock bbCodeBlock--quote\" data-quote=\"m\">",
        "<div class=\"topic-body\">", "<div class=\"cooked\">", "<div class=\"postbody\"><div class=\"content\">", "<div id=\"post_message_1\">", "<blockquote>", "</blockquote>",
        "</div>", "</article>", "<p>", "</p>", "<br>", "<h2>Conclusions</h2>", "<meta charset=\"x-klingon\">", "<meta charset=\"utf-16\">", "<meta charset=\"iso-8859-1\">",
        "<html><body>", "<!DOCTYPE html>", "<table><tr><td>", "<svg><foreignObject>", "<math><mi>", "<template>", "<noscript>", "<textarea>", "<plaintext>", "<title>",
        "<a href=\"javascript:1\">", "<img src=x onerror=1>", "<select><option>", "<iframe srcdoc=\"<p>23/49</p>\">",
    ];

    private static byte[] Markup(Random random, byte[] data)
    {
        int count = 1 + random.Next(8);
        for (int i = 0; i < count; i++)
        {
            data = Insert(random, data, Tags[random.Next(Tags.Length)]);
        }

        return data;
    }

    private static readonly string[] ControlSequences =
    [
        "\u001b]0;pwned\u0007", "\u001b[2J", "\u001b[31m", "\u001b[?25l", "\u009b31m", "\u0085", "\u0008\u0008\u0008", "\u000b", "\u007f", "\u001b", "\r",
    ];

    /// <summary>Terminal escape sequences, C0 and C1 controls, into the text (they must never reach a terminal raw).</summary>
    private static byte[] ControlCharacters(Random random, byte[] data)
    {
        int count = 1 + random.Next(20);
        for (int i = 0; i < count; i++)
        {
            data = Insert(random, data, ControlSequences[random.Next(ControlSequences.Length)]);
        }

        return data;
    }
}

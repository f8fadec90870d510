using System.Globalization;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Claims;

namespace ClaimCheck.Measure;

/// <summary>
/// Measures the claim extractor on the Evidence Inference abstracts (title and abstract of each
/// paper; bodies left out) and draws the seeded samples the hand audits in docs/accuracy/ read.
/// Commands: <c>counts</c>, <c>sample-claims</c>, <c>sample-abstracts</c>, <c>show &lt;file&gt;</c>, <c>list &lt;kind&gt;</c>,
/// <c>overlaps</c> (claims that share text although only a group comparison may share its values),
/// <c>statcheck-expectations</c> (statcheck's own test expectations run through ClaimCheck; see <see cref="StatcheckCommand"/>),
/// <c>mutations</c> (single-number mutations of consistent proportions; see <see cref="MutationCommand"/>).
/// The data folder is ../shared/data/evidence-inference/abstracts-dev unless <c>--data</c> names another.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: counts | overlaps | sample-claims [--seed N] [--count N] [--kind K] [--out file] | sample-abstracts [--seed N] [--count N] [--out file] | show <file> | list <kind> [--limit N] | findings | sample-findings [--rules CC1,CC2] | make-text --mb N --out F | make-folder --count N --out D | check-large <file> [--parts] | statcheck-expectations [--tsv file] | mutations [--half even|odd] | news [--truth F] [--stories D]  (the others take --data <dir>)");
            return 2;
        }

        if (args[0] == "show")
        {
            Show(args[1].EndsWith(".abst", StringComparison.Ordinal) ? AbstractFile.Read(args[1]).Text : File.ReadAllText(args[1]));
            return 0;
        }

        if (args[0] == "news")
        {
            // Truth written by reading the held-out stories (docs/accuracy/health-news-truth.md); the stories stay in ../shared/data.
            return NewsCommand.Run(Option(args, "--truth") ?? "docs/accuracy/health-news-truth.tsv", Option(args, "--stories") ?? "../shared/data/health-news");
        }

        if (args[0] == "statcheck-expectations")
        {
            return StatcheckCommand.Run(Option(args, "--tsv")) == 0 ? 0 : 1;
        }

        if (args[0] == "check-large")
        {
            ScaleCommands.CheckLarge(args[1], args.Contains("--parts"));
            return 0;
        }

        string? data = Option(args, "--data") ?? FindData();
        if (data is null)
        {
            // The dataset is third-party and never committed (docs/data.md).
            Console.Error.WriteLine("../shared/data/evidence-inference/abstracts-dev not found beside the repository (see docs/data.md): pass --data <dir>");
            return 1;
        }

        switch (args[0])
        {
            case "counts":
                Counts(Load(data));
                return 0;
            case "mutations":
                MutationCommand.Run(data, Option(args, "--half") ?? "even");
                return 0;
            case "overlaps":
                Overlaps(Load(data));
                return 0;
            case "sample-claims":
                SampleClaims(Load(data), int.Parse(Option(args, "--seed") ?? "20260313", CultureInfo.InvariantCulture), int.Parse(Option(args, "--count") ?? "100", CultureInfo.InvariantCulture), Option(args, "--kind"), Option(args, "--out"), data);
                return 0;
            case "sample-abstracts":
                SampleAbstracts(Load(data), int.Parse(Option(args, "--seed") ?? "20260312", CultureInfo.InvariantCulture), int.Parse(Option(args, "--count") ?? "30", CultureInfo.InvariantCulture), Option(args, "--out"), data);
                return 0;
            case "findings":
                FindingsCommands.Counts(FindingsCommands.Check(data));
                return 0;
            case "sample-findings":
                Write(Option(args, "--out"), FindingsCommands.Sample(FindingsCommands.Check(data), int.Parse(Option(args, "--seed") ?? "20261122", CultureInfo.InvariantCulture),
                    int.Parse(Option(args, "--count") ?? "50", CultureInfo.InvariantCulture), (Option(args, "--rules") ?? "CC1,CC2").Split(','), Draw));
                return 0;
            case "make-text":
                ScaleCommands.MakeText(data, int.Parse(Option(args, "--mb") ?? "100", CultureInfo.InvariantCulture), Option(args, "--out") ?? "large.txt");
                return 0;
            case "make-folder":
                ScaleCommands.MakeFolder(data, int.Parse(Option(args, "--count") ?? "10000", CultureInfo.InvariantCulture), Option(args, "--out") ?? "pages");
                return 0;
            case "list":
                List(Load(data), Enum.Parse<ClaimKind>(args[1]), int.Parse(Option(args, "--limit") ?? "100000", CultureInfo.InvariantCulture));
                return 0;
            default:
                Console.Error.WriteLine($"unknown command {args[0]}");
                return 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? FindData()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "..", "shared", "data", "evidence-inference", "abstracts-dev");
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static List<(AbstractFile File, ExtractionResult Result)> Load(string data)
        => Directory.EnumerateFiles(data, "*.abst")
            .Order(StringComparer.Ordinal)
            .Select(path => AbstractFile.Read(path))
            .Select(f => (f, ClaimExtractor.ExtractFromText(f.Text, f.Name)))
            .ToList();

    private static void Counts(List<(AbstractFile File, ExtractionResult Result)> papers)
    {
        var counts = new SortedDictionary<ClaimKind, int>();
        long chars = 0;
        foreach (var (file, result) in papers)
        {
            chars += file.Text.Length;
            foreach (var claim in result.Claims)
            {
                counts[claim.Kind] = counts.GetValueOrDefault(claim.Kind) + 1;
            }
        }

        Console.WriteLine($"{papers.Count} papers, {chars:N0} characters of title and abstract");
        Console.WriteLine("| kind | claims |");
        Console.WriteLine("|---|---:|");
        foreach (var (kind, n) in counts)
        {
            Console.WriteLine($"| {kind} | {n:N0} |");
        }

        Console.WriteLine($"| all | {counts.Values.Sum():N0} |");
        int findings = papers.Sum(p => p.Result.Findings.Length);
        Console.WriteLine($"CC9004 findings (reconstructed numbers): {findings}");
    }

    // Numeric claims never share a number except through a group comparison; wording never overlaps wording.
    private static void Overlaps(List<(AbstractFile File, ExtractionResult Result)> papers)
    {
        int n = 0;
        foreach (var (file, result) in papers)
        {
            var claims = result.Claims.Where(c => c.Kind != ClaimKind.GroupComparison).ToList();
            for (int i = 0; i < claims.Count; i++)
            {
                for (int j = i + 1; j < claims.Count && claims[j].Span.Start < claims[i].Span.End; j++)
                {
                    if ((claims[i].Kind == ClaimKind.Significance) == (claims[j].Kind == ClaimKind.Significance))
                    {
                        n++;
                        Console.WriteLine($"{file.Name}	{claims[i].Kind} `{claims[i].Text}`	{claims[j].Kind} `{claims[j].Text}`");
                    }
                }
            }
        }

        Console.WriteLine($"overlapping claims: {n}");
    }

    private static void SampleClaims(List<(AbstractFile File, ExtractionResult Result)> papers, int seed, int count, string? kind, string? output, string data)
    {
        var all = papers.SelectMany(p => p.Result.Claims.Select(c => (p.File, Claim: c)))
            .Where(c => kind is null || c.Claim.Kind == Enum.Parse<ClaimKind>(kind))
            .ToList();
        var picked = Draw(all.Count, count, seed).Order().Select(i => all[i]).ToList();
        var b = new StringBuilder();
        string kindOption = kind is null ? string.Empty : $" --kind {kind}";
        b.AppendLine(CultureInfo.InvariantCulture, $"<!-- drawn by: dotnet run --project tools/ClaimCheck.Measure -- sample-claims --seed {seed} --count {count}{kindOption}; population {all.Count:N0} claims of {papers.Count} papers in {Path.GetFileName(data)} -->");
        b.AppendLine("| # | file | kind | claim | parsed | sentence | verdict | reason |");
        b.AppendLine("|---|---|---|---|---|---|---|---|");
        int n = 0;
        foreach (var (file, claim) in picked)
        {
            n++;
            string sentence = file.Text.Substring(claim.SentenceSpan.Start, claim.SentenceSpan.Length);
            b.AppendLine(CultureInfo.InvariantCulture, $"| {n} | {file.Name} | {claim.Kind} | `{Cell(claim.Text)}` | {Cell(claim.ToString())} | {Cell(sentence)} |  |  |");
        }

        Write(output, b.ToString());
    }

    private static void SampleAbstracts(List<(AbstractFile File, ExtractionResult Result)> papers, int seed, int count, string? output, string data)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"<!-- drawn by: dotnet run --project tools/ClaimCheck.Measure -- sample-abstracts --seed {seed} --count {count}; population {papers.Count} papers in {Path.GetFileName(data)} -->");
        int n = 0;
        foreach (int i in Draw(papers.Count, count, seed).Order())
        {
            var (file, result) = papers[i];
            n++;
            b.AppendLine(CultureInfo.InvariantCulture, $"## {n}. {file.Name}").AppendLine();
            foreach (string line in file.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                b.Append("> ").AppendLine(line).AppendLine(">");
            }

            b.AppendLine().AppendLine("Extracted:").AppendLine();
            foreach (var claim in result.Claims)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"- {claim.Kind}: `{claim.Text}` — {claim}");
            }

            b.AppendLine();
        }

        Write(output, b.ToString());
    }

    private static void Show(string text)
    {
        var result = ClaimExtractor.ExtractFromText(text);
        foreach (var claim in result.Claims)
        {
            Console.WriteLine($"{claim.Kind,-18} {claim.Span,-14} `{claim.Text}`  {claim}");
        }

        foreach (var finding in result.Findings)
        {
            Console.WriteLine($"{finding.Id} {finding.Location.Span} {finding.Message}");
        }
    }

    private static void List(List<(AbstractFile File, ExtractionResult Result)> papers, ClaimKind kind, int limit)
    {
        int n = 0;
        foreach (var (file, result) in papers)
        {
            foreach (var claim in result.Claims.Where(c => c.Kind == kind))
            {
                if (n++ >= limit)
                {
                    return;
                }

                string sentence = file.Text.Substring(claim.SentenceSpan.Start, claim.SentenceSpan.Length);
                Console.WriteLine($"{file.Name}\t`{claim.Text}`\t{claim}\t|| {sentence}");
            }
        }
    }

    /// <summary>Draws <paramref name="count"/> distinct indices below <paramref name="population"/> (partial Fisher–Yates with a seeded generator).</summary>
    private static List<int> Draw(int population, int count, int seed)
    {
        var random = new Random(seed);
        var indices = Enumerable.Range(0, population).ToArray();
        count = Math.Min(count, population);
        for (int i = 0; i < count; i++)
        {
            int j = random.Next(i, population);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }

        return indices.Take(count).ToList();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);

    private static void Write(string? output, string text)
    {
        if (output is null)
        {
            Console.Write(text);
        }
        else
        {
            File.WriteAllText(output, text);
            Console.Error.WriteLine($"wrote {output}");
        }
    }
}

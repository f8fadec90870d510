using ClaimCheck;
using ClaimCheck.Documents;
using ClaimCheck.Parsing;
using ClaimCheck.Diagnostics;
using ClaimCheck.Reporting;
using ClaimCheck.Text;

// The bundled sample: reads saved threads and pages (the repository's corpus/ by default), MHTML files and
// papers as PDF through the public API and prints, per document, first what does not add up (each finding with
// the text it quotes), then what it parsed. It names every file it skipped and why. Exit code 1 when any input
// could not be read.
var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
bool json = args.Contains("--json");
if (args.Any(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--json"))
{
    Console.Error.WriteLine("usage: ClaimCheck.Sample [paths…] [--json]");
    return 2;
}

if (paths.Count == 0)
{
    string? corpus = FindCorpus();
    if (corpus is null)
    {
        Console.Error.WriteLine("error: no paths given and no corpus/ folder found above the current directory");
        return 2;
    }

    paths.Add(corpus);
}

// Folders are expanded by the library: pages (.txt, .html, .htm, .mht, .mhtml, .pdf) are read; provenance notes,
// gold files and the X_files folder a browser's "complete" save writes beside X.html are not.
var expansion = InputFiles.Expand(paths, []);
var inputs = expansion.Pages;
var skipped = expansion.Skipped.Select(n => $"{n.Path}: {n.Reason}")
    .Concat(expansion.NotPageFiles.Select(f => $"{f}: not a page (in a folder only {string.Join(", ", InputFiles.PageExtensions)} files are read)"))
    .ToList();
foreach (var error in expansion.Errors)
{
    Console.Error.WriteLine($"error: {error.Path}: {error.Reason}");
}

// A large file is checked in parts, one held at a time (its findings at the file's lines): a plain-text file over
// 16 MiB, an HTML or MHTML page over 4 MiB (whole, a page costs about 37× its size in memory), as the CLI does.
var reader = new ThreadReader();
int read = 0, failed = 0;
IEnumerable<CheckResult> Results()
{
    foreach (string input in inputs)
    {
        // A missing or unreadable file is checked whole, which reports it (CC9002).
        var info = new FileInfo(input);
        long length = info.Exists ? info.Length : 0;
        bool large = length > 16L << 20 || (length > 4L << 20 && reader.DetectFormat(input) is InputFormat.Html or InputFormat.Mhtml);
        bool ok = true;
        foreach (var result in large ? ClaimPipeline.Default.CheckFileInParts(input).Select(p => p.Result) : [ClaimChecker.CheckFile(input)])
        {
            ok &= result.Succeeded;
            yield return result;
        }

        if (ok)
        {
            read++;
        }
        else
        {
            failed++;
        }
    }
}

if (json)
{
    using var stdout = Console.OpenStandardOutput();
    JsonReportWriter.Write(stdout, Results());
    stdout.WriteByte((byte)'\n');
}
else
{
    foreach (var result in Results())
    {
        Print(result);
    }
}

foreach (var note in skipped)
{
    Console.Error.WriteLine($"skipped: {note}");
}

failed += expansion.Errors.Length;
Console.Error.WriteLine($"{read} read, {failed} failed, {skipped.Count} skipped");
return failed > 0 ? 1 : 0;

static void Print(CheckResult result)
{
    // The point first: what does not add up, with the text each finding is about.
    Console.WriteLine($"== {result.Path}");
    Console.WriteLine(result.Findings.Length switch
    {
        0 => "   no findings",
        1 => "   1 finding:",
        var n => $"   {n} findings:",
    });
    PrintFindings(result);
    if (result.Document is not { } document)
    {
        return;
    }

    // Then what it parsed.
    var claims = result.Extraction!.Claims.ToList();
    Console.WriteLine($"   parsed: {document.Kind}: {document.Title}");
    Console.WriteLine($"   {claims.Count} claim(s): {string.Join(", ", claims.GroupBy(c => c.Kind).Select(g => $"{g.Count()} {g.Key}"))}");
    foreach (var post in document.Posts)
    {
        Console.WriteLine($"   #{post.Index} {post.Author ?? "(no author)"}{(post.PostedAt is { } at ? $" {at:yyyy-MM-dd}" : "")}: {post.Blocks.Length} block(s)");
        foreach (var block in post.Blocks)
        {
            string source = block.QuotedSource is null ? "" : $" from {block.QuotedSource}";
            Console.WriteLine($"      {block.Kind}{source} [{block.Language ?? "?"}]: {FirstWords(block.Text, 12)}");
        }
    }
}

static void PrintFindings(CheckResult result)
{
    foreach (var finding in result.Findings)
    {
        // The library's text form (path(line,col): severity ID: message), the one editors and CI logs
        // recognise, then the text the finding points at, quoted.
        Console.WriteLine($"   {TextReportWriter.Format(finding, result.Path)}");
        if (finding.Location.Text.Length > 0)
        {
            Console.WriteLine($"      at \"{finding.Location.Text}\" in \"{Around(result, finding)}\"");
        }
    }
}

// The sentence the finding points into, cut to about 90 characters each side of the quoted text.
static string Around(CheckResult result, Finding finding)
{
    var span = finding.Location.Span;
    var sentence = result.Document?.Blocks.SelectMany(b => b.Sentences).FirstOrDefault(s => s.Span.Contains(span.Start));
    if (sentence is null)
    {
        return finding.Location.Text;
    }

    int start = Math.Max(sentence.Span.Start, span.Start - 90);
    int end = Math.Min(sentence.Span.End, span.End + 90);
    string text = result.Document!.Source.ToString(new TextSpan(start, end - start)).ReplaceLineEndings(" ");
    return (start > sentence.Span.Start ? "…" : "") + text + (end < sentence.Span.End ? "…" : "");
}

static string FirstWords(string text, int count)
{
    var words = text.Split((char[]?)null, count + 1, StringSplitOptions.RemoveEmptyEntries);
    return words.Length > count ? string.Join(' ', words.Take(count)) + " …" : string.Join(' ', words);
}

static string? FindCorpus()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
            {
                return candidate;
            }
        }
    }

    return null;
}

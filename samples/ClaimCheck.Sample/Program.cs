using ClaimCheck;
using ClaimCheck.Documents;
using ClaimCheck.Parsing;
using ClaimCheck.Reporting;

// The bundled sample: reads saved threads and pages (the repository's corpus/ by default), MHTML files and
// papers as PDF through the public API and prints what it made of each. Exit code 1 when any input could not be read.
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
int skipped = expansion.NotPages + expansion.Skipped.Length;
foreach (var note in expansion.Skipped)
{
    Console.Error.WriteLine($"skipped: {note.Path}: {note.Reason}");
}

var results = inputs.Select(ClaimChecker.CheckFile).ToList();
int failed = results.Count(r => !r.Succeeded);
if (json)
{
    using var stdout = Console.OpenStandardOutput();
    JsonReportWriter.Write(stdout, results);
    stdout.WriteByte((byte)'\n');
}
else
{
    foreach (var result in results)
    {
        Print(result);
    }
}

Console.Error.WriteLine($"{results.Count - failed} read, {failed} failed, {skipped} skipped");
return failed > 0 ? 1 : 0;

static void Print(CheckResult result)
{
    Console.WriteLine($"== {result.Path}");
    if (result.Document is not { } document)
    {
        PrintFindings(result);
        return;
    }

    Console.WriteLine($"   {document.Kind}: {document.Title}");
    foreach (var post in document.Posts)
    {
        Console.WriteLine($"   #{post.Index} {post.Author ?? "(no author)"}{(post.PostedAt is { } at ? $" {at:yyyy-MM-dd}" : "")}: {post.Blocks.Length} block(s)");
        foreach (var block in post.Blocks)
        {
            string source = block.QuotedSource is null ? "" : $" from {block.QuotedSource}";
            Console.WriteLine($"      {block.Kind}{source} [{block.Language ?? "?"}]: {FirstWords(block.Text, 12)}");
        }
    }

    var claims = result.Extraction!.Claims.ToList();
    Console.WriteLine($"   {claims.Count} claim(s): {string.Join(", ", claims.GroupBy(c => c.Kind).Select(g => $"{g.Count()} {g.Key}"))}");
    PrintFindings(result);
}

static void PrintFindings(CheckResult result)
{
    foreach (var finding in result.Findings)
    {
        // The library's text form (path(line,col): severity ID: message), the one editors and CI logs recognise.
        Console.WriteLine($"   {TextReportWriter.Format(finding, result.Path)}");
    }
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

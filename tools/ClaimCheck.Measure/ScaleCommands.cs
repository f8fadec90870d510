using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCheck.Parsing;
using ClaimCheck.Verification;

namespace ClaimCheck.Measure;

/// <summary>
/// Inputs at scale for docs/performance.md: a plain-text page of a given size made of the abstracts, a folder of
/// many small pages, and the whole pipeline over one large file with its peak working set.
/// </summary>
internal static class ScaleCommands
{
    /// <summary>
    /// Writes the abstracts (headings kept) one after another, again and again until the file has <paramref name="megabytes"/>
    /// × 10⁶ bytes. Each copy tags its lines ("[copy 2] …"): the parser drops a paragraph it has already seen (news pages repeat
    /// their teasers), so an untagged repeat would not be checked again.
    /// </summary>
    internal static void MakeText(string data, int megabytes, string output)
    {
        var lines = Directory.EnumerateFiles(data, "*.abst").Order(StringComparer.Ordinal)
            .SelectMany(path => (AbstractFile.Read(path, keepHeadings: true).Text + "\n").Split('\n')).ToList();
        long want = megabytes * 1_000_000L;
        using var stream = File.Create(output);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        for (int copy = 1; stream.Length < want; copy++)
        {
            foreach (string line in lines)
            {
                // Headings and blank lines stay as they are, so every copy keeps its sections.
                writer.Write(line.Length > 40 ? $"[copy {copy}] {line}\n" : line + "\n");
            }

            writer.Flush();
        }

        writer.Flush();
        stream.SetLength(want);
        Console.WriteLine($"wrote {output}: {stream.Length:N0} bytes");
    }

    /// <summary>Writes <paramref name="count"/> pages, each one abstract (cycling through them), into <paramref name="folder"/>.</summary>
    internal static void MakeFolder(string data, int count, string folder)
    {
        var abstracts = Directory.EnumerateFiles(data, "*.abst").Order(StringComparer.Ordinal).Select(p => AbstractFile.Read(p, keepHeadings: true).Text).ToList();
        Directory.CreateDirectory(folder);
        for (int i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"page{i:D5}.txt"), abstracts[i % abstracts.Count]);
        }

        Console.WriteLine($"wrote {count} pages into {folder}");
    }

    /// <summary>
    /// Checks one file with no size limit below its size (whole), or in parts (<see cref="ClaimPipeline.CheckFileInParts"/>,
    /// keeping only the count of claims and findings), and prints its size, the time and the process's peak working set.
    /// </summary>
    internal static void CheckLarge(string file, bool parts)
    {
        long size = new FileInfo(file).Length;
        var clock = Stopwatch.StartNew();
        long claims = 0, findings = 0, count = 0;
        if (parts)
        {
            foreach (var part in ClaimPipeline.Default.CheckFileInParts(file))
            {
                claims += part.Result.Extraction?.Claims.Count() ?? 0;
                findings += part.Findings.Length;
                count++;
            }
        }
        else
        {
            var reader = new ThreadReader(new ReaderOptions { MaxInputBytes = size + 1 });
            var result = ClaimChecker.Check(reader.ReadFile(file), new Verifier());
            claims = result.Extraction?.Claims.Count() ?? 0;
            findings = result.Findings.Length;
            count = 1;
        }

        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long peak = process.PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file}: {size / 1e6:F1} MB, {count:N0} part(s), {claims:N0} claims, {findings:N0} findings, {clock.Elapsed.TotalSeconds:F1} s, peak working set {peak / 1e6:F0} MB = {(double)peak / size:F2} × the file"));
    }
}

using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Scanning;
namespace ClaimCheck.Tests.Extraction;
public sealed class ZProbeTests
{
    [Test]
    public void Probe()
    {
        var lines = File.ReadAllLines("/tmp/relprobe/in.txt");
        var sb = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            sb.AppendLine("> " + line);
            foreach (var c in ClaimExtractor.ExtractFromText(line).Claims) sb.AppendLine("   " + c.Kind + " `" + c.Text + "` " + c);
        }
        var buf = new TokenBuffer();
        Tokenizer.Tokenize("a 2-fold increase, 3-fold", 0, 25, buf);
        for (int i = 0; i < buf.Count; i++) sb.AppendLine($"tok {buf[i].Kind} '{"a 2-fold increase, 3-fold".Substring(buf[i].Start, buf[i].Length)}'");
        File.WriteAllText("/tmp/relprobe/out.txt", sb.ToString());
    }
}

using System.Globalization;
using System.Text;

namespace ClaimCheck.Train;

/// <summary>A confusion matrix (rows: true class, columns: predicted class) and the figures read from it.</summary>
internal sealed class Metrics
{
    private readonly string[] _classes;
    private readonly int[,] _counts;

    /// <summary>An empty matrix over <paramref name="classes"/>.</summary>
    internal Metrics(string[] classes)
    {
        _classes = classes;
        _counts = new int[classes.Length, classes.Length];
    }

    /// <summary>The number of items counted.</summary>
    internal int Total { get; private set; }

    /// <summary>Counts one item.</summary>
    internal void Add(int truth, int predicted)
    {
        _counts[truth, predicted]++;
        Total++;
    }

    /// <summary>The share of items predicted right.</summary>
    internal double Accuracy => Total == 0 ? 0 : Enumerable.Range(0, _classes.Length).Sum(i => _counts[i, i]) / (double)Total;

    /// <summary>The unweighted mean of the per-class F1 scores.</summary>
    internal double MacroF1 => Enumerable.Range(0, _classes.Length).Average(F1);

    /// <summary>The F1 score of class <paramref name="k"/>.</summary>
    internal double F1(int k)
    {
        int tp = _counts[k, k];
        int predicted = Enumerable.Range(0, _classes.Length).Sum(i => _counts[i, k]);
        int actual = Enumerable.Range(0, _classes.Length).Sum(j => _counts[k, j]);
        return tp == 0 ? 0 : 2.0 * tp / (predicted + actual);
    }

    /// <summary>The matrix as a Markdown table, with per-class F1.</summary>
    internal string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("| true \\ predicted |");
        foreach (string c in _classes)
        {
            sb.Append(' ').Append(c).Append(" |");
        }

        sb.AppendLine(" F1 |");
        sb.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", _classes.Length + 1))).AppendLine();
        for (int i = 0; i < _classes.Length; i++)
        {
            sb.Append("| ").Append(_classes[i]).Append(" |");
            for (int j = 0; j < _classes.Length; j++)
            {
                sb.Append(' ').Append(_counts[i, j].ToString(CultureInfo.InvariantCulture)).Append(" |");
            }

            sb.Append(' ').Append(F1(i).ToString("0.000", CultureInfo.InvariantCulture)).AppendLine(" |");
        }

        return sb.ToString();
    }
}

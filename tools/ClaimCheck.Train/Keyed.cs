using Microsoft.ML;

namespace ClaimCheck.Train;

/// <summary>Turns a string Label column into keys in a fixed class order, so that score i is class i.</summary>
internal static class Keyed
{
    /// <summary>
    /// <paramref name="data"/> with its Label column mapped to keys in the order of <paramref name="classes"/>. The
    /// mapping is applied before fitting and not saved with the model, which therefore needs no Label column to predict.
    /// </summary>
    internal static IDataView Labels(MLContext ml, IDataView data, string[] classes)
    {
        var keyData = ml.Data.LoadFromEnumerable(classes.Select(c => new ClassName { Label = c }));
        return ml.Transforms.Conversion.MapValueToKey("Label", "Label", keyData: keyData).Fit(data).Transform(data);
    }

    private sealed class ClassName
    {
        public string Label { get; set; } = "";
    }
}

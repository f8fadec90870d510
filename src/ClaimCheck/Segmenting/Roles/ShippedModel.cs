using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.ML;

namespace ClaimCheck.Segmenting.Roles;

/// <summary>
/// A model embedded in this assembly, with a pool of prediction engines. A <see cref="PredictionEngine{TSrc,TDst}"/>
/// keeps per-call buffers and is not thread-safe, so each call rents one from the pool (or makes one) and returns it
/// afterwards: threads never share an engine, and the pool never holds more engines than the most threads that ever
/// predicted at once.
/// </summary>
/// <typeparam name="TInput">The model input.</typeparam>
internal sealed class ShippedModel<TInput>
    where TInput : class
{
    private readonly MLContext _context;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<TInput, ScoreOutput>> _idle = [];
    private readonly Lock _creating = new();

    private ShippedModel(MLContext context, ITransformer model)
    {
        _context = context;
        _model = model;
    }

    /// <summary>Loads the embedded model file <paramref name="name"/> (under Segmenting/Roles/Models or Segmenting/Strength/Models).</summary>
    /// <exception cref="InvalidOperationException">The model is missing from the assembly.</exception>
    internal static ShippedModel<TInput> Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimCheck.Models." + name)
            ?? throw new InvalidOperationException($"The embedded model {name} is missing from the assembly.");
        var context = new MLContext(seed: 0);
        return new ShippedModel<TInput>(context, context.Model.Load(stream, out _));
    }

    /// <summary>The class probabilities for <paramref name="input"/>.</summary>
    internal float[] Score(TInput input)
    {
        if (!_idle.TryTake(out var engine))
        {
            // Creating an engine reads the shared model's schema; one at a time keeps that safe.
            lock (_creating)
            {
                engine = _context.Model.CreatePredictionEngine<TInput, ScoreOutput>(_model);
            }
        }

        try
        {
            return engine.Predict(input).Score;
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}

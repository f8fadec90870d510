namespace ClaimCheck.Extraction.Scanning;

/// <summary>A growable array of tokens reused from sentence to sentence, so tokenizing allocates only when a sentence is longer than any before.</summary>
internal sealed class TokenBuffer
{
    private Token[] _items = new Token[256];

    internal int Count { get; private set; }

    internal ref Token this[int index] => ref _items[index];

    internal void Clear() => Count = 0;

    internal ref Token Add()
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        ref var t = ref _items[Count++];
        t = default;
        return ref t;
    }
}

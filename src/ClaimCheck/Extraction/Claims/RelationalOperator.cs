namespace ClaimCheck.Extraction.Claims;

/// <summary>How a reported value relates to the number printed after it (<c>p &lt; 0.001</c>: <see cref="Less"/>).</summary>
public enum RelationalOperator
{
    /// <summary><c>=</c>, <c>:</c>, "of", "was" or nothing: the value is the number.</summary>
    Equal = 0,

    /// <summary><c>&lt;</c>.</summary>
    Less = 1,

    /// <summary><c>≤</c>, <c>&lt;=</c>, <c>⩽</c>.</summary>
    LessOrEqual = 2,

    /// <summary><c>&gt;</c>.</summary>
    Greater = 3,

    /// <summary><c>≥</c>, <c>&gt;=</c>, <c>⩾</c>.</summary>
    GreaterOrEqual = 4,
}

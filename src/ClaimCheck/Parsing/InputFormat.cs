namespace ClaimCheck.Parsing;

/// <summary>The markup of an input.</summary>
public enum InputFormat
{
    /// <summary>Decide from the content: HTML when it starts like an HTML document, else plain text.</summary>
    Auto = 0,

    /// <summary>Plain text, as saved by select-all, copy and paste.</summary>
    PlainText = 1,

    /// <summary>A saved HTML page.</summary>
    Html = 2,
}

namespace ClaimCheck.Documents;

/// <summary>What a paragraph of a block is.</summary>
public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    Body = 0,

    /// <summary>A section heading ("Results", "Inclusion and exclusion criteria"), standing alone or inline before a colon.</summary>
    Heading = 1,

    /// <summary>The title of a quoted paper or article.</summary>
    Title = 2,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem = 3,

    /// <summary>The author list or affiliation line of a quoted paper: kept for reference, never read for claims.</summary>
    Byline = 4,
}

namespace ClaimCheck.Documents;

/// <summary>The role of a block of text within a post.</summary>
public enum BlockKind
{
    /// <summary>The poster's (or the site's) own words.</summary>
    Commentary = 0,

    /// <summary>Text of a paper or article (an abstract quoted in a post, or the body of an article page).</summary>
    ArticleText = 1,

    /// <summary>A quotation of another member's post.</summary>
    QuotedPost = 2,
}

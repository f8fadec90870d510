namespace ClaimCheck.Documents;

/// <summary>What sort of page a document is.</summary>
public enum DocumentKind
{
    /// <summary>Plain text with no page structure recognised: one post, one block.</summary>
    PlainText = 0,

    /// <summary>A forum thread: several posts by members, each with commentary and quotes.</summary>
    ForumThread = 1,

    /// <summary>A news or health-news page: one article body written by the site, chrome around it.</summary>
    NewsPage = 2,

    /// <summary>A bibliographic article page (abstract page of a journal or database): the paper's own text.</summary>
    ArticlePage = 3,
}

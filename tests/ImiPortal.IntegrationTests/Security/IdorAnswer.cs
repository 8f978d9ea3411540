namespace ImiPortal.IntegrationTests.Security;

/// <summary>How a member-facing route answers another member's id.</summary>
public enum IdorAnswer
{
    /// <summary>404: the row is looked up within the signed-in member's own data only.</summary>
    NotFound,

    /// <summary>302 back to the signed-in member's own page (a signed link bound to its owner; e.g. the data download).</summary>
    RedirectToOwnPage,

    /// <summary>The "link not valid" page: the id alone is useless without the signed code that travels with it.</summary>
    LinkNotValid,
}

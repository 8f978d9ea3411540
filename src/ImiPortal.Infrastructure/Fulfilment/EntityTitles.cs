namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>Plain-English headings for the tables of an access package. An entity without one shows its name.</summary>
public static class EntityTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["Member"] = "Your details",
        ["ApplicationUser"] = "Your MyIMI login",
        ["Address"] = "Your addresses",
        ["DetailsChange"] = "Changes to your details",
        ["ConsentState"] = "Your current marketing choices",
        ["ConsentEvent"] = "History of your marketing choices",
        ["Order"] = "Your orders",
        ["Payment"] = "Your payments",
        ["LoginRecord"] = "Your logins to MyIMI",
        ["RightsRequest"] = "Your data-protection requests",
        ["RightsRequestEvent"] = "What happened with your requests",
        ["Disclosure"] = "Who we shared your data with",
        ["ProcessingRestriction"] = "Restrictions of how we use your data",
        ["LegalHold"] = "Data we must keep for a legal claim",
        ["AuditEvent"] = "When IMI staff looked at or changed your data",
    };

    public static string For(string entity) => Titles.GetValueOrDefault(entity, entity);
}

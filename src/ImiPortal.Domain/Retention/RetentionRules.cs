namespace ImiPortal.Domain.Retention;

/// <summary>
/// The one list of what the retention sweep removes, and under which purpose's period. The policy's default is seven
/// years from collection; each purpose in the record of processing carries its own period, so a change there changes
/// the sweep. Nothing about a member under a <see cref="LegalHold"/> is touched.
/// </summary>
public static class RetentionRules
{
    public const string SentEmails = "sent-emails";
    public const string UnconfirmedRequests = "unconfirmed-requests";
    public const string LoginRecords = "login-records";
    public const string AuditEvents = "audit-events";
    public const string Orders = "orders";
    public const string ConsentHistory = "consent-history";
    public const string DetailsHistory = "details-history";
    public const string Disclosures = "disclosures";
    public const string ClosedRequests = "closed-requests";
    public const string FormerMembers = "former-members";

    public static IReadOnlyList<RetentionRule> All { get; } =
    [
        new(SentEmails, "Copies of emails we have sent", null, 30, RetentionAction.Delete, "the day the email was sent"),
        new(UnconfirmedRequests, "Requests from visitors who never confirmed their email address", null, 30, RetentionAction.Delete, "the day the request was made"),
        new(LoginRecords, "Records of logins to MyIMI", "administer", null, RetentionAction.Delete, "the login"),
        new(AuditEvents, "The staff-access audit log", "administer", null, RetentionAction.Delete, "the entry"),
        new(Orders, "Orders and their payments", "orders", null, RetentionAction.Delete, "the day the order was placed"),
        new(ConsentHistory, "Marketing choices that a later choice replaced", "recommendations", null, RetentionAction.Delete, "the day the later choice replaced it"),
        new(DetailsHistory, "History of changes to members' details", "membership", null, RetentionAction.Delete, "the change"),
        new(Disclosures, "The log of data shared with other organisations", "administer", null, RetentionAction.Delete, "the day the data was shared"),
        new(ClosedRequests, "Closed data-protection requests (kept without personal details as proof of compliance)", "administer", null, RetentionAction.Anonymise, "the day the request was closed"),
        new(FormerMembers, "Former members and applicants who never joined (grade and membership dates stay for anonymous statistics)", "membership", null, RetentionAction.Anonymise, "the last change to their record or their last login, whichever is later"),
    ];

    public static RetentionRule For(string key) => All.Single(r => r.Key == key);
}

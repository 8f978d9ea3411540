namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>The information UK GDPR Art. 15(1)–(2) requires beside the copy of the data, in words a member understands.</summary>
public static class SupplementaryInformation
{
    public const string Controller = "The Institute of the Motor Industry (registered in England 225180), Fanshaws, Brickendon, Hertfordshire SG13 8PQ. Email imimembers@theimi.org.uk, telephone +44 (0)1992 519025.";

    public const string Sources = "Most of this data you gave us: when you registered, applied for membership, bought from us or used MyIMI. " +
        "Some may come from IMI Approved Centres, training providers and partners (identity and contact data), from payment and delivery " +
        "service providers (contact, financial and transaction data) and from our website (technical and usage data).";

    public const string AutomatedDecisions = "IMI makes no decisions about you based solely on automated processing, including profiling.";

    public const string Complaints = "You can complain to the Information Commissioner's Office (ICO), the UK supervisory authority for data protection: " +
        "https://ico.org.uk/make-a-complaint/ or 0303 123 1113. We would appreciate the chance to deal with your concerns first. " +
        "You may also seek a remedy through the courts.";

    public static IReadOnlyList<string> Rights { get; } =
    [
        "Access: ask for a copy of your personal data (this package).",
        "Rectification: correct inaccurate or incomplete data, in MyIMI or by asking us.",
        "Erasure: ask us to delete your data where there is no good reason to keep it.",
        "Restriction: ask us to suspend processing while accuracy or an objection is checked, or where you need the data kept for legal claims.",
        "Objection: object to processing based on our legitimate interests, and to direct marketing at any time.",
        "Portability: receive the data you gave us in a structured, machine-readable format.",
        "Withdraw consent at any time, as easily as you gave it.",
    ];
}

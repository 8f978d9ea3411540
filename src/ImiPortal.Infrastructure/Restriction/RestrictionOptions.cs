namespace ImiPortal.Infrastructure.Restriction;

public sealed class RestrictionOptions
{
    public const string Section = "Restriction";

    /// <summary>
    /// The least notice, in days, a member is given before a restriction is lifted (Art. 18(3) requires notice first;
    /// a week lets them respond or complain before their data is used again).
    /// </summary>
    public int MinimumNoticeDays { get; set; } = 7;
}

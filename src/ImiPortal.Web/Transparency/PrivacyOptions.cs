namespace ImiPortal.Web.Transparency;

/// <summary>Settings of the "Privacy" section: who the controller is, how to reach data protection, backups and analytics.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The controller's identity and contact details (UK GDPR Art. 30(1)(a)).</summary>
    public string Controller { get; set; } =
        "Institute of the Motor Industry (registered in England 225180), Fanshaws, Brickendon, Hertfordshire SG13 8PQ. " +
        "Email imimembers@theimi.org.uk, telephone +44 (0)1992 511521.";

    /// <summary>How to reach the data protection officer (or the person responsible for data protection).</summary>
    public string DpoContact { get; set; } =
        "Data Protection, Institute of the Motor Industry, Fanshaws, Brickendon, Hertfordshire SG13 8PQ. " +
        "Email imimembers@theimi.org.uk, telephone +44 (0)1992 519025.";

    /// <summary>How long backups are kept before they are overwritten; told to members on "My privacy".</summary>
    public int BackupRetentionDays { get; set; } = 35;

    /// <summary>
    /// PECR reg. 6 as amended (from 5 February 2026): first-party analytics for aggregate statistics may run without
    /// consent if visitors are told and can object. A new and narrow reading, so off by default: analytics then waits
    /// for consent. When on, analytics runs unless the visitor has rejected it.
    /// </summary>
    public bool AnalyticsExemption { get; set; }
}

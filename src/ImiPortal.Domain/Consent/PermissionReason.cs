namespace ImiPortal.Domain.Consent;

/// <summary>Why a channel is open or closed for a member.</summary>
public enum PermissionReason
{
    /// <summary>The member agreed.</summary>
    Consented = 1,

    /// <summary>The member bought from IMI and has not refused (email and SMS only).</summary>
    SoftOptIn = 2,

    /// <summary>Post and phone: allowed until the member opts out.</summary>
    LegitimateInterests = 3,

    /// <summary>Email or SMS without consent or a purchase.</summary>
    NoConsent = 4,

    /// <summary>The member said no (withdrawal, refusal of the soft opt-in, or an opt-out).</summary>
    OptedOut = 5,

    /// <summary>Processing is restricted (UK GDPR Art. 18).</summary>
    Restricted = 6,

    /// <summary>The member objected to direct marketing (Art. 21(2)).</summary>
    ObjectedToDirectMarketing = 7,

    /// <summary>The member was erased.</summary>
    Erased = 8,

    /// <summary>The member's email or phone is on the suppression list left by an earlier erasure.</summary>
    Suppressed = 9,
}

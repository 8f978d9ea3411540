using ImiPortal.Domain;
using ImiPortal.Domain.Consent;

namespace ImiPortal.Web.Models.Marketing;

/// <summary>Marketing choices in plain words, the same on the member's and the staff pages.</summary>
public static class ConsentWords
{
    public static string Channel(MarketingChannel channel) => channel switch
    {
        MarketingChannel.Email => "Email",
        MarketingChannel.Sms => "Text messages (SMS)",
        MarketingChannel.Post => "Post",
        _ => "Phone calls",
    };

    /// <summary>"phone", "unsubscribe link in an email"...: how a choice reached us.</summary>
    public static string Source(ConsentSource source) => source switch
    {
        ConsentSource.MyImiForm => "MyIMI preferences page",
        ConsentSource.Registration => "registration form",
        ConsentSource.UnsubscribeLink => "unsubscribe link in an email",
        ConsentSource.StaffPhone => "phone",
        ConsentSource.StaffPost => "post",
        ConsentSource.Import => "imported from an earlier IMI system",
        ConsentSource.RightsRequest => "data protection request",
        _ => "IMI system",
    };

    public static string Basis(ConsentBasis basis) => basis switch
    {
        ConsentBasis.Consent => "consent",
        ConsentBasis.SoftOptIn => "soft opt-in (bought from IMI)",
        _ => "legitimate interests",
    };

    /// <summary>The basis of a channel as the member reads it beside the choice.</summary>
    public static string ForMember(MarketingChannel channel, ChannelPermission permission)
    {
        ArgumentNullException.ThrowIfNull(permission);
        return permission.Reason switch
        {
            PermissionReason.Consented => $"You agreed on {Date(permission.Since)}",
            PermissionReason.SoftOptIn => "Because you bought from us — you can say no",
            PermissionReason.LegitimateInterests => channel == MarketingChannel.Post
                ? "We may write to you by post unless you tell us not to"
                : "We may phone you unless you tell us not to",
            PermissionReason.OptedOut => $"You said no on {Date(permission.Since)}",
            PermissionReason.NoConsent => "We only do this if you agree",
            PermissionReason.Restricted => "Nothing is sent while the use of your data is restricted",
            PermissionReason.ObjectedToDirectMarketing => "Nothing is sent: you objected to direct marketing",
            PermissionReason.Suppressed => "Nothing is sent: your contact details are on our do-not-contact list",
            _ => "Nothing is sent",
        };
    }

    /// <summary>The same for staff, in the third person.</summary>
    public static string ForStaff(ChannelPermission permission)
    {
        ArgumentNullException.ThrowIfNull(permission);
        return permission.Reason switch
        {
            PermissionReason.Consented => $"Consent given on {Date(permission.Since)}",
            PermissionReason.SoftOptIn => "Soft opt-in: bought from IMI and has not said no",
            PermissionReason.LegitimateInterests => "Legitimate interests: allowed until the member opts out",
            PermissionReason.OptedOut => $"Opted out on {Date(permission.Since)}",
            PermissionReason.NoConsent => "No consent",
            PermissionReason.Restricted => "Processing restricted: no marketing",
            PermissionReason.ObjectedToDirectMarketing => "Objected to direct marketing: no marketing",
            PermissionReason.Suppressed => "On the suppression list of an earlier erasure: no marketing",
            _ => "Erased: no marketing",
        };
    }

    private static string Date(DateTime? utc) => utc is { } at ? UkTime.Format(UkTime.DateOf(at)) : "an unknown date";
}

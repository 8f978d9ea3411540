using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Requests;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>Rights requests in plain words, the same in emails, on the member's pages and on the intake pages.</summary>
public static class RequestWords
{
    /// <summary>"Get a copy of your personal data".</summary>
    public static string Title(RightsRequestType type) => type switch
    {
        RightsRequestType.Access => "Get a copy of your personal data",
        RightsRequestType.Rectification => "Correct your personal data",
        RightsRequestType.Erasure => "Erase your personal data",
        RightsRequestType.Restriction => "Restrict how we use your data",
        RightsRequestType.Objection => "Object to how we use your data",
        RightsRequestType.Portability => "Move your data to another organisation",
        RightsRequestType.WithdrawConsent => "Withdraw your consent",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>"a copy of your personal data (a subject access request)": what the requester asked for, inside a sentence.</summary>
    public static string InSentence(RightsRequestType type) => type switch
    {
        RightsRequestType.Access => "a copy of your personal data (a subject access request)",
        RightsRequestType.Rectification => "the correction of your personal data",
        RightsRequestType.Erasure => "the erasure of your personal data",
        RightsRequestType.Restriction => "the restriction of how we use your data",
        RightsRequestType.Objection => "your objection to how we use your data",
        RightsRequestType.Portability => "your data in a machine-readable format (data portability)",
        RightsRequestType.WithdrawConsent => "the withdrawal of your consent",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The status as the requester reads it.</summary>
    public static string Status(RightsRequestStatus status) => status switch
    {
        RightsRequestStatus.AwaitingEmailConfirmation => "We need you to confirm your email address",
        RightsRequestStatus.Received => "We have received your request",
        RightsRequestStatus.AwaitingIdentity => "We need to confirm your identity",
        RightsRequestStatus.AwaitingClarification => "Waiting for you to tell us more",
        RightsRequestStatus.InProgress => "Being worked on",
        RightsRequestStatus.Completed => "Completed",
        RightsRequestStatus.Refused => "Refused",
        RightsRequestStatus.Withdrawn => "Withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>A step of the request's history as the requester reads it.</summary>
    public static string Event(RightsRequestEventKind kind) => kind switch
    {
        RightsRequestEventKind.Submitted => "Request made",
        RightsRequestEventKind.EmailConfirmed => "Email address confirmed",
        RightsRequestEventKind.Acknowledged => "We acknowledged your request",
        RightsRequestEventKind.IdentityRequested => "We asked you to confirm your identity",
        RightsRequestEventKind.IdentityReceived => "We received your proof of identity",
        RightsRequestEventKind.IdentityVerified => "Your identity was confirmed",
        RightsRequestEventKind.ClarificationRequested => "We asked you to tell us more",
        RightsRequestEventKind.ClarificationReceived => "We received your answer",
        RightsRequestEventKind.Assigned => "Passed to a member of our team",
        RightsRequestEventKind.NoteAdded => "Update",
        RightsRequestEventKind.Extended => "We extended the time limit",
        RightsRequestEventKind.Completed => "Completed",
        RightsRequestEventKind.Refused => "Refused",
        RightsRequestEventKind.Withdrawn => "Withdrawn",
        RightsRequestEventKind.DuplicateLinked => "Linked to another request",
        RightsRequestEventKind.ReminderSent => "Reminder",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Channel(RequestChannel channel) => channel switch
    {
        RequestChannel.MyImi => "MyIMI",
        RequestChannel.PublicForm => "the online form",
        RequestChannel.Phone => "phone",
        RequestChannel.Post => "post",
        RequestChannel.Email => "email",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    /// <summary>The grounds of UK GDPR Art. 18(1), in the privacy policy's words.</summary>
    public static string Ground(RestrictionGround ground) => ground switch
    {
        RestrictionGround.AccuracyContested => "(a) You want us to establish the data’s accuracy",
        RestrictionGround.UnlawfulButKeep => "(b) Our use of the data is unlawful but you do not want us to erase it",
        RestrictionGround.NeededForLegalClaims => "(c) You need us to hold the data, even if we no longer require it, because you need it to establish, exercise or defend legal claims",
        RestrictionGround.ObjectionPending => "(d) You have objected to our use of your data but we need to verify whether we have overriding legitimate grounds to use it",
        _ => throw new ArgumentOutOfRangeException(nameof(ground)),
    };

    public static string Objection(ObjectionKind kind) => kind switch
    {
        ObjectionKind.DirectMarketing => "To direct marketing",
        ObjectionKind.LegitimateInterests => "To our use of your data for our legitimate interests",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string MarketingChannel(MarketingChannel channel) => channel switch
    {
        Domain.Consent.MarketingChannel.Email => "Marketing by email",
        Domain.Consent.MarketingChannel.Sms => "Marketing by text message (SMS)",
        Domain.Consent.MarketingChannel.Post => "Marketing by post",
        Domain.Consent.MarketingChannel.Phone => "Marketing by phone",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };
}

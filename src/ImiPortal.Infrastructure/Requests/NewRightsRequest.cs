using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Requests;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>A rights request as it arrives: from a member's session, the public form, or a member of staff.</summary>
public sealed record NewRightsRequest
{
    public required RightsRequestType Type { get; init; }

    public required RequestChannel Channel { get; init; }

    /// <summary>The one-time key of the form it came from; a second submission with the same key makes nothing new.</summary>
    public required string SubmissionKey { get; init; }

    /// <summary>The member it is about: only ever from the logged-in session or a staff lookup, never from a posted field.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>The logged-in user who made or recorded it; null for the public form.</summary>
    public Guid? ActorUserId { get; init; }

    /// <summary>For a request recorded by staff, the UK date it actually reached us; otherwise today.</summary>
    public DateOnly? ReceivedOn { get; init; }

    public required string FullName { get; init; }

    public string? MembershipNumber { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? PostalAddress { get; init; }

    public string? Details { get; init; }

    public string? RelevantDates { get; init; }

    public RestrictionGround? RestrictionGround { get; init; }

    public ObjectionKind? ObjectionKind { get; init; }

    /// <summary>For a withdrawal of consent: the permissions ticked, or null for every one.</summary>
    public IReadOnlyList<ConsentSubject>? WithdrawSubjects { get; init; }

    public bool IsFromMemberSession => Channel == RequestChannel.MyImi;

    public bool IsPublic => Channel == RequestChannel.PublicForm;

    public bool IsRecordedByStaff => Channel is RequestChannel.Phone or RequestChannel.Post or RequestChannel.Email;
}

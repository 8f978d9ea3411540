using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.Requests;

namespace ImiPortal.Web.Requests;

/// <summary>Turns a validated form into an intake request; who it is about is decided by the caller, never by the form.</summary>
public static class RequestInputMapper
{
    public static NewRightsRequest ToNewRequest(RequestFormInput input, RequestChannel channel, Guid? memberId, Guid? actorUserId, DateOnly? receivedOn = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var type = input.Type ?? throw new ArgumentException("The form has no request type.", nameof(input));
        return new NewRightsRequest
        {
            Type = type,
            Channel = channel,
            SubmissionKey = input.FormToken ?? throw new ArgumentException("The form has no form token.", nameof(input)),
            MemberId = memberId,
            ActorUserId = actorUserId,
            ReceivedOn = receivedOn,
            FullName = input.FullName ?? "",
            MembershipNumber = input.MembershipNumber,
            DateOfBirth = type == RightsRequestType.Erasure ? input.DateOfBirth : null,
            Email = input.Email,
            Phone = input.Phone,
            PostalAddress = input.PostalAddress,
            Details = input.Details,
            RelevantDates = type == RightsRequestType.Access ? input.RelevantDates : null,
            RestrictionGround = input.RestrictionGround,
            ObjectionKind = input.ObjectionKind,
            WithdrawSubjects = input.WithdrawAll ? null : Subjects(input.WithdrawSubjects),
        };
    }

    private static List<ConsentSubject> Subjects(IEnumerable<string> keys) =>
        [.. keys.Select(k => ConsentSubject.TryParse(k, out var subject) ? subject : (ConsentSubject?)null).OfType<ConsentSubject>().Distinct()];
}

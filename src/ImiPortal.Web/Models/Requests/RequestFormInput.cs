using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.Requests;

/// <summary>
/// The rights-request form, one shape for every right: the fields a type does not use are not shown and are
/// ignored. There is deliberately no member id here: a request is linked to the logged-in member by the server.
/// The properties are in the order the form shows them (the request, then the person), which is the order of the
/// error summary.
/// </summary>
public class RequestFormInput
{
    public RightsRequestType? Type { get; set; }

    /// <summary>A one-time key put in the form when it is shown; sending the same form twice makes one request.</summary>
    public string? FormToken { get; set; }

    public RestrictionGround? RestrictionGround { get; set; }

    public ObjectionKind? ObjectionKind { get; set; }

    /// <summary>Withdrawal of consent: every marketing permission.</summary>
    public bool WithdrawAll { get; set; }

    /// <summary>Withdrawal of consent: the permissions ticked (consent subject keys), when not all.</summary>
    public List<string> WithdrawSubjects { get; set; } = [];

    /// <summary>What the requester asks for, in their words (DSAR: the information sought).</summary>
    public string? Details { get; set; }

    public string? RelevantDates { get; set; }

    public string? FullName { get; set; }

    public string? MembershipNumber { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PostalAddress { get; set; }

    public static string NewFormToken() => Guid.NewGuid().ToString("N");
}

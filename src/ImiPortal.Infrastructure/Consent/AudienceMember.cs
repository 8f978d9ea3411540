using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>One member of a marketing audience, with the contact details a channel may need.</summary>
public sealed class AudienceMember
{
    public string MembershipNumber { get; init; } = "";

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string Email { get; init; } = "";

    public string? Phone { get; init; }

    public Address? Address { get; init; }

    public ConsentBasis Basis { get; init; }
}

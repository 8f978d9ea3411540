using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class VerifyIdentityInput : RequestStepInput
{
    public IdentityVerificationMethod? Method { get; set; }

    public DateOnly? VerifiedOn { get; set; }
}

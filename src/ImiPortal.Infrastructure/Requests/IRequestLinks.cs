using ImiPortal.Domain.Requests;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>The absolute links put in request emails; the web layer knows the routes and the host.</summary>
public interface IRequestLinks
{
    /// <summary>The link that confirms a public requester's email address (time-limited).</summary>
    string ConfirmEmail(RightsRequest request);

    /// <summary>Where the requester follows the request: their MyIMI page when they can log in, else a private link.</summary>
    string Track(RightsRequest request, bool requesterCanLogIn);
}

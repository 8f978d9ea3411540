using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Requests;

namespace ImiPortal.Web.Requests;

/// <summary>Absolute links to the request pages, on the host the current request came to.</summary>
public sealed class RequestLinks(LinkGenerator links, IHttpContextAccessor accessor, RequestTokens tokens) : IRequestLinks
{
    public string ConfirmEmail(RightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Absolute("Confirm", "PublicRequests", new { area = "", token = tokens.ForEmailConfirmation(request.Id) });
    }

    public string Track(RightsRequest request, bool requesterCanLogIn)
    {
        ArgumentNullException.ThrowIfNull(request);
        return requesterCanLogIn
            ? Absolute("Details", "Requests", new { area = "", id = request.Id })
            : Absolute("Track", "PublicRequests", new { area = "", token = tokens.ForTracking(request.Id) });
    }

    private string Absolute(string action, string controller, object values)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("Request links are made while handling a web request.");
        return links.GetUriByAction(http, action, controller, values)
            ?? throw new InvalidOperationException($"No route to {controller}/{action}.");
    }
}

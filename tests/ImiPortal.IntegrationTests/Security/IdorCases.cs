using static ImiPortal.IntegrationTests.Security.IdorAnswer;
using static ImiPortal.IntegrationTests.Security.SampleId;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// Every member-facing action (outside the Staff area) that takes an identifier: a parameter named "id", "…Id" or
/// "ticket", or of type Guid, also inside a bound input model. The IDOR test derives that list from the endpoint
/// metadata and fails for an action missing here. One line per action, sorted.
/// </summary>
public static class IdorCases
{
    public static readonly IReadOnlyList<IdorCase> All =
    [
        new("Account/ConfirmEmail/GET", None, LinkNotValid, "the user id only works with the emailed, signed confirmation code"),
        new("Details/ConfirmEmail/GET", None, LinkNotValid, "the user id only works with the emailed, signed confirmation code"),
        new("MyData/Download/GET", None, RedirectToOwnPage, "the ticket is signed and bound to its owner's user id and security stamp"),
        new("Requests/Details/GET", RequestOfA, NotFound, "requests are looked up among the signed-in member's own"),
        new("Requests/Submitted/GET", RequestOfA, NotFound, "requests are looked up among the signed-in member's own"),
        new("Requests/Withdraw/GET", RequestOfA, NotFound, "requests are looked up among the signed-in member's own"),
        new("Requests/Withdraw/POST", RequestOfA, NotFound, "requests are looked up among the signed-in member's own"),
    ];
}

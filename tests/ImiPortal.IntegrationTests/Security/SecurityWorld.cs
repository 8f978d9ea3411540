using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using ImiPortal.IntegrationTests.Requests;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// A portal with two members (A with a rights request and distinctive details, B with nothing) and one account of each
/// staff role: the cast the matrix, IDOR and CSRF tests call every action as.
/// </summary>
public sealed class SecurityWorld : PortalFactory, IAsyncLifetime
{
    /// <summary>Values only member A's data contains: none may appear in an answer to anyone else.</summary>
    public const string FirstNameOfA = "Zephyrine";

    public const string LastNameOfA = "Quillfeather";

    public const string RequestDetailsOfA = "Every note about my Quillfeather garage assessment";

    public string EmailOfA { get; } = $"member-a-{Guid.NewGuid():N}@example.net";

    public string EmailOfB { get; } = $"member-b-{Guid.NewGuid():N}@example.net";

    public Guid UserIdOfA { get; private set; }

    public Guid MemberIdOfA { get; private set; }

    public Guid MemberIdOfB { get; private set; }

    public Guid RequestIdOfA { get; private set; }

    public string RequestReferenceOfA { get; private set; } = "";

    public string MembershipNumberOfA { get; private set; } = "";

    public int PurposeId { get; private set; }

    public long LegalHoldId { get; private set; }

    public long SweepRunId { get; private set; }

    private readonly Dictionary<Persona, string> _emails = [];

    public async Task InitializeAsync()
    {
        var a = await CreateMemberAsync(EmailOfA, FirstNameOfA, LastNameOfA);
        await CreateMemberAsync(EmailOfB, "Bertram", "Other");
        UserIdOfA = a.Id;
        _emails[Persona.MemberA] = EmailOfA;
        _emails[Persona.MemberB] = EmailOfB;
        foreach (var (persona, role) in new[] { (Persona.MemberServices, Roles.MemberServices), (Persona.PrivacyOfficer, Roles.PrivacyOfficer), (Persona.Administrator, Roles.Administrator) })
        {
            var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@theimi.org.uk";
            await CreateStaffAsync(email, role);
            _emails[persona] = email;
        }

        using var memberA = await LoginAsync(EmailOfA);
        var fields = RequestForms.Valid("Access", EmailOfA, $"{FirstNameOfA} {LastNameOfA}");
        fields["Input.Details"] = RequestDetailsOfA;
        var submitted = await memberA.SubmitFormAsync("/Requests/New?type=Access", fields);
        if (submitted.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Member A's request was not accepted: {(int)submitted.StatusCode}");
        }

        await WithDbAsync(async db =>
        {
            var memberOfA = await db.Members.SingleAsync(m => m.UserId == a.Id);
            MemberIdOfA = memberOfA.Id;
            MembershipNumberOfA = memberOfA.MembershipNumber;
            MemberIdOfB = await db.Members.Where(m => m.Email == EmailOfB).Select(m => m.Id).SingleAsync();
            var request = await db.RightsRequests.SingleAsync(r => r.MemberId == memberOfA.Id);
            RequestIdOfA = request.Id;
            RequestReferenceOfA = request.Reference;
            PurposeId = await db.ProcessingPurposes.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var hold = new Domain.Retention.LegalHold { MemberId = MemberIdOfB, Reference = "SEC-1", Reason = "Matrix sample", PlacedAt = Clock.GetUtcNow().UtcDateTime };
            var run = new Domain.Retention.RetentionSweepRun { StartedAt = Clock.GetUtcNow().UtcDateTime, FinishedAt = Clock.GetUtcNow().UtcDateTime, Outcome = Domain.Retention.RetentionSweepOutcome.Completed };
            db.LegalHolds.Add(hold);
            db.RetentionSweepRuns.Add(run);
            await db.SaveChangesAsync();
            LegalHoldId = hold.Id;
            SweepRunId = run.Id;
            return 0;
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>A fresh browser tab for the persona: signed in (or not) with the antiforgery token of its session.</summary>
    public async Task<(PortalClient Client, string Token)> SessionAsync(Persona persona)
    {
        var client = persona == Persona.Anonymous ? CreatePortalClient() : await LoginAsync(_emails[persona]);
        var page = await client.GetDocumentAsync("/");
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
                    ?? throw new InvalidOperationException("The home page carries no antiforgery token.");
        return (client, token);
    }

    /// <summary>A real, fresh data-download ticket of member A's (the signed value in the link after the password check).</summary>
    public async Task<string> DownloadTicketOfAAsync()
    {
        using var memberA = await LoginAsync(EmailOfA);
        var confirmed = await memberA.SubmitFormAsync("/MyData", new() { ["Password"] = Password, ["Kind"] = "access" });
        var location = confirmed.Headers.Location?.PathAndQuery() ?? "";
        var query = System.Web.HttpUtility.ParseQueryString(location.Contains('?', StringComparison.Ordinal) ? location[location.IndexOf('?', StringComparison.Ordinal)..] : "");
        return query["ticket"] ?? throw new InvalidOperationException("No download ticket for member A.");
    }

    /// <summary>The seeded value for an action's id.</summary>
    public string? IdValue(SampleId id) => id switch
    {
        SampleId.RequestOfA => RequestIdOfA.ToString(),
        SampleId.MemberA => MemberIdOfA.ToString(),
        SampleId.Purpose => PurposeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SampleId.LegalHold => LegalHoldId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SampleId.SweepRun => SweepRunId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Values for attribute-route parameters that are not ids: a token that is not ours, a status code.</summary>
    public static string? RouteValue(string name) => name switch
    {
        "token" => "not-a-token-of-ours",
        "code" => "404",
        _ => null,
    };
}

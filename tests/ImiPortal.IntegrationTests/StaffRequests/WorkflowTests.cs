using System.Net;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ImiPortal.IntegrationTests.StaffRequests.StaffKit;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>
/// The request page's steps through real forms. Requests are seeded relative to the factory clock, because one
/// test here moves it forward.
/// </summary>
public class WorkflowTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public WorkflowTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task VerifyIdentity_Extend_Complete_RecordsEachStepAndEmailsTheRequester()
    {
        var today = Today(_factory);
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = today, Email = "happy-path@example.net" });
        var (client, officer) = await LoginStaffAsync(_factory, Roles.PrivacyOfficer);
        var page = DetailsUrl(request.Id);

        var verify = await client.SubmitFormAsync(page, new() { ["VerifyIdentity.Method"] = "DocumentSeen", ["VerifyIdentity.VerifiedOn"] = Iso(today) }, "/VerifyIdentity/");
        Assert.Equal(HttpStatusCode.Redirect, verify.StatusCode);
        Assert.Equal(page, verify.Headers.Location!.PathAndQuery());

        const string reason = "Your request covers ten years of records held in three separate systems.";
        var extend = await client.SubmitFormAsync(page, new() { ["Extend.ExtensionReason"] = reason }, "/Extend/");
        Assert.Equal(HttpStatusCode.Redirect, extend.StatusCode);

        var complete = await client.SubmitFormAsync(page, new() { ["Complete.Outcome"] = "We have sent you a copy of your data by secure email." }, "/Complete/");
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);

        var stored = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RightsRequestStatus.Completed, stored.Status);
        Assert.Equal(IdentityVerificationMethod.DocumentSeen, stored.IdentityVerifiedBy);
        Assert.Equal(officer.Id, stored.IdentityVerifiedByUserId);
        Assert.True(stored.IsExtended);
        Assert.NotNull(stored.ClosedAt);
        Assert.Equal(
            new[] { RightsRequestEventKind.Submitted, RightsRequestEventKind.IdentityVerified, RightsRequestEventKind.Extended, RightsRequestEventKind.Completed },
            stored.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => e.Kind));
        Assert.All(stored.Events.Where(e => e.Kind != RightsRequestEventKind.Submitted), e => Assert.Equal(officer.Id, e.ActorUserId));
        Assert.Equal(reason, stored.Events.Single(e => e.Kind == RightsRequestEventKind.Extended).Note);

        var mail = await Outbox.ForAsync(_factory, "happy-path@example.net");
        var extended = Assert.Single(mail, m => m.Kind == "request.extended");
        Assert.Contains(reason, extended.TextBody, StringComparison.Ordinal);
        Assert.Contains($"respond by {Domain.UkTime.Format(stored.DueOn!.Value)}", extended.TextBody, StringComparison.Ordinal);
        var completed = Assert.Single(mail, m => m.Kind == "request.completed");
        Assert.Contains(RequestWorkflowEmails.ComplaintUrl, completed.TextBody, StringComparison.Ordinal);

        var audit = await _factory.WithDbAsync(db => db.AuditEvents.Where(a => a.EntityId == request.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains("request.identity-verified", audit);
        Assert.Contains("request.extended", audit);
        Assert.Contains("request.completed", audit);
        Assert.Contains("request.viewed", audit);

        var done = await client.GetDocumentAsync(page);
        var history = done.QuerySelector("#history-heading")!.ParentElement!.TextContent;
        Assert.Contains(officer.Email!, history, StringComparison.Ordinal);
        Assert.Contains("Deadline extended", history, StringComparison.Ordinal);
        Assert.Contains("the requester", history, StringComparison.Ordinal);
        Assert.Empty(done.QuerySelectorAll("form[action*='/Complete/']"));
    }

    [Fact]
    public async Task Complete_BeforeIdentityIsVerified_IsRefusedAndChangesNothing()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = Today(_factory), Email = "unverified@example.net" });
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);
        var page = DetailsUrl(request.Id);

        var document = await client.GetDocumentAsync(page);
        Assert.Empty(document.QuerySelectorAll("form[action*='/Complete/']"));
        Assert.Contains("Verify the requester's identity before completing", document.Body!.TextContent, StringComparison.Ordinal);

        var response = await client.PostWithTokenAsync(page, ActionUrl("Complete", request.Id), new()
        {
            ["Complete.ConcurrencyStamp"] = request.ConcurrencyStamp.ToString(),
            ["Complete.Outcome"] = "Sent.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await PortalClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Verify the requester's identity before completing the request.", summary, StringComparison.Ordinal);
        var stored = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RightsRequestStatus.Received, stored.Status);
        Assert.Single(stored.Events);
        Assert.Empty(await Outbox.ForAsync(_factory, "unverified@example.net"));
    }

    [Fact]
    public async Task Extend_ASecondTime_IsRefused()
    {
        var today = Today(_factory);
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed
        {
            ReceivedOn = today,
            Email = "twice@example.net",
            Steps = [(RightsRequestEventKind.Extended, today)],
        });
        Assert.True(request.IsExtended);
        var (client, _) = await LoginStaffAsync(_factory, Roles.PrivacyOfficer);

        var response = await client.PostWithTokenAsync(DetailsUrl(request.Id), ActionUrl("Extend", request.Id), new()
        {
            ["Extend.ConcurrencyStamp"] = request.ConcurrencyStamp.ToString(),
            ["Extend.ExtensionReason"] = "Still complex.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("can be extended only once", (await PortalClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        var events = await _factory.WithDbAsync(db => db.RightsRequestEvents.CountAsync(e => e.RequestId == request.Id && e.Kind == RightsRequestEventKind.Extended));
        Assert.Equal(1, events);
        Assert.Empty(await Outbox.ForAsync(_factory, "twice@example.net"));
    }

    [Fact]
    public async Task Extend_AfterTheOneMonthDeadline_IsRefused()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = Today(_factory), Email = "too-late@example.net" });
        _factory.Clock.Advance(TimeSpan.FromDays(40));
        var (client, _) = await LoginStaffAsync(_factory, Roles.PrivacyOfficer);

        var document = await client.GetDocumentAsync(DetailsUrl(request.Id));
        Assert.Empty(document.QuerySelectorAll("form[action*='/Extend/']"));
        Assert.Contains("days overdue", document.QuerySelector("#days-left")!.TextContent, StringComparison.Ordinal);

        var response = await client.PostWithTokenAsync(DetailsUrl(request.Id), ActionUrl("Extend", request.Id), new()
        {
            ["Extend.ConcurrencyStamp"] = request.ConcurrencyStamp.ToString(),
            ["Extend.ExtensionReason"] = "It turned out to be complex.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The one-month deadline has passed", (await PortalClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        var stored = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Id == request.Id));
        Assert.False(stored.IsExtended);
        Assert.Equal(request.DueOn, stored.DueOn);
        Assert.Empty(await Outbox.ForAsync(_factory, "too-late@example.net"));
    }

    [Fact]
    public async Task AnyStep_OnACompletedRequest_IsRefused()
    {
        var today = Today(_factory);
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed
        {
            ReceivedOn = today,
            Status = RightsRequestStatus.Completed,
            IdentityVerifiedBy = IdentityVerificationMethod.LoggedInSession,
            ClosedAt = _factory.Clock.GetUtcNow().UtcDateTime,
            Steps = [(RightsRequestEventKind.Completed, today)],
        });
        var (client, _) = await LoginStaffAsync(_factory, Roles.PrivacyOfficer);

        var document = await client.GetDocumentAsync(DetailsUrl(request.Id));
        Assert.Empty(document.QuerySelectorAll("form[action*='/Staff/Requests/']"));

        var note = await client.PostWithTokenAsync(DetailsUrl(request.Id), ActionUrl("AddNote", request.Id), new()
        {
            ["Note.ConcurrencyStamp"] = request.ConcurrencyStamp.ToString(),
            ["Note.NoteText"] = "One more thing.",
        });
        var refuse = await client.PostWithTokenAsync(DetailsUrl(request.Id), ActionUrl("Refuse", request.Id), new()
        {
            ["Refuse.ConcurrencyStamp"] = request.ConcurrencyStamp.ToString(),
            ["Refuse.RefusalReason"] = "ManifestlyExcessive",
            ["Refuse.Reasoning"] = "Too much.",
        });

        foreach (var response in new[] { note, refuse })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("This request is completed: nothing more can be done to it.", (await PortalClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        }

        var stored = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RightsRequestStatus.Completed, stored.Status);
        Assert.Equal(2, stored.Events.Count);
    }

    [Fact]
    public async Task Step_FromAPageOpenedBeforeSomeoneElsesChange_IsRefusedAsStale()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = Today(_factory) });
        var (first, _) = await LoginStaffAsync(_factory, Roles.MemberServices);
        var (second, _) = await LoginStaffAsync(_factory, Roles.MemberServices);
        var page = DetailsUrl(request.Id);
        await first.GetDocumentAsync(page);

        var other = await second.SubmitFormAsync(page, new() { ["Note.NoteText"] = "Called the requester." }, "/AddNote/");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);

        var stale = await first.PostWithTokenAsync(page, ActionUrl("AddNote", request.Id), new()
        {
            ["Note.ConcurrencyStamp"] = request.ConcurrencyStamp.ToString(),
            ["Note.NoteText"] = "My note from the old page.",
        });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var body = await PortalClient.ParseAsync(stale);
        Assert.Contains("This request changed since you opened it", body.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My note from the old page.", body.QuerySelector("#Note_NoteText")!.TextContent);
        var notes = await _factory.WithDbAsync(db => db.RightsRequestEvents.Where(e => e.RequestId == request.Id && e.Kind == RightsRequestEventKind.NoteAdded).ToListAsync());
        var only = Assert.Single(notes);
        Assert.False(only.VisibleToRequester);
    }

    [Fact]
    public async Task Complete_WithoutAnOutcome_ShowsTheErrorAndSavesNothing()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed
        {
            ReceivedOn = Today(_factory),
            IdentityVerifiedBy = IdentityVerificationMethod.LoggedInSession,
            Status = RightsRequestStatus.InProgress,
        });
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var response = await client.SubmitFormAsync(DetailsUrl(request.Id), new() { ["Complete.Outcome"] = "" }, "/Complete/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Describe the outcome for the requester", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Complete_Outcome-error"));
        Assert.Equal(RightsRequestStatus.InProgress, await _factory.WithDbAsync(db => db.RightsRequests.Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Refuse_WithAnExemption_ClosesTheRequestAndTellsTheRequesterTheirRights()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = Today(_factory), Email = "refused@example.net" });
        var (client, _) = await LoginStaffAsync(_factory, Roles.PrivacyOfficer);

        var missing = await client.SubmitFormAsync(DetailsUrl(request.Id), new()
        {
            ["Refuse.RefusalReason"] = "ExemptionApplies",
            ["Refuse.Exemption"] = "",
            ["Refuse.Reasoning"] = "Legal advice.",
        }, "/Refuse/");
        Assert.Contains("Name the exemption that applies", (await PortalClient.ParseAsync(missing)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);

        var response = await client.SubmitFormAsync(DetailsUrl(request.Id), new()
        {
            ["Refuse.RefusalReason"] = "ExemptionApplies",
            ["Refuse.Exemption"] = "Legal professional privilege",
            ["Refuse.Reasoning"] = "The documents are legal advice given to the Institute.",
        }, "/Refuse/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RightsRequestStatus.Refused, stored.Status);
        Assert.Equal(RefusalReason.ExemptionApplies, stored.RefusalReason);
        Assert.Equal("Legal professional privilege", stored.RefusalExemption);
        var email = Assert.Single(await Outbox.ForAsync(_factory, "refused@example.net"));
        Assert.Equal("request.refused", email.Kind);
        Assert.Contains("https://ico.org.uk/make-a-complaint/", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("judicial remedy", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Legal professional privilege", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskForClarification_PausesTheClockAndEmailsTheQuestion()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = Today(_factory), Email = "clarify@example.net" });
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var response = await client.SubmitFormAsync(DetailsUrl(request.Id), new() { ["RequestClarification.Question"] = "Which years do you mean?" }, "/RequestClarification/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RightsRequestStatus.AwaitingClarification, stored.Status);
        Assert.Null(stored.DueOn);
        var email = Assert.Single(await Outbox.ForAsync(_factory, "clarify@example.net"));
        Assert.Contains("Which years do you mean?", email.TextBody, StringComparison.Ordinal);
        var page = await client.GetDocumentAsync(DetailsUrl(request.Id));
        Assert.Equal(Domain.UkTime.Format(Today(_factory)), page.QuerySelector("#paused-since")!.TextContent);
        Assert.Equal("None while the clock is paused", page.QuerySelector("#due-on")!.TextContent);
    }
}

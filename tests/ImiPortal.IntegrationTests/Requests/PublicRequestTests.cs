using System.Net;
using ImiPortal.Domain.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Requests;

/// <summary>A visitor without an account makes a request, confirms their email address and gets a reference.</summary>
public class PublicRequestTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public PublicRequestTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task PublicAccessRequest_HasNoDueDateUntilTheEmailIsConfirmed_ThenIsReceivedAndAcknowledged()
    {
        using var client = _factory.CreatePortalClient();
        var email = Email("visitor");

        var response = await client.SubmitFormAsync("/PublicRequests/New?type=Access", RequestForms.Valid("Access", email, "Robin Visitor"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/PublicRequests/CheckEmail", response.Headers.Location!.PathAndQuery());
        var pending = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Email == email));
        Assert.Equal(RightsRequestStatus.AwaitingEmailConfirmation, pending.Status);
        Assert.Equal(RequestChannel.PublicForm, pending.Channel);
        Assert.Null(pending.DueOn);
        Assert.Null(pending.ClockStartsOn);
        Assert.Null(pending.MemberId);
        Assert.Null(pending.EmailConfirmedAt);
        Assert.DoesNotContain(await Outbox.ForAsync(_factory, email), m => m.Kind == "request.acknowledged");

        var link = await Outbox.LinkAsync(_factory, email, "request.confirm-email");
        var confirm = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var request = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.Email == email));
        Assert.Equal(RightsRequestStatus.Received, request.Status);
        Assert.NotNull(request.EmailConfirmedAt);
        Assert.Null(request.IdentityVerifiedBy);
        Assert.Equal(new DateOnly(2026, 11, 25), request.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 12, 29), request.DueOn);
        Assert.Contains(request.Events, e => e.Kind == RightsRequestEventKind.EmailConfirmed);
        Assert.Contains(request.Events, e => e.Kind == RightsRequestEventKind.Acknowledged);

        var page = await client.GetDocumentAsync(confirm.Headers.Location!.PathAndQuery());
        Assert.Contains(request.Reference, page.QuerySelector(".request-reference")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("29 December 2026", page.QuerySelector("#request-due")!.TextContent.Trim());
        var acknowledgement = Assert.Single(await Outbox.ForAsync(_factory, email), m => m.Kind == "request.acknowledged");
        Assert.Contains(request.Reference, acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Contains("by the end of 29 December 2026", acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Contains("/PublicRequests/Track?token=", acknowledgement.TextBody, StringComparison.Ordinal);

        // Opening the link again changes nothing.
        await client.GetAsync(link);
        Assert.Single(await Outbox.ForAsync(_factory, email), m => m.Kind == "request.acknowledged");
    }

    [Fact]
    public async Task PublicForm_SubmittedTwiceWithTheSameFormToken_MakesOneRequest()
    {
        using var client = _factory.CreatePortalClient();
        var email = Email("double");
        var values = await RequestForms.FilledAsync(client, "/PublicRequests/New?type=Erasure", "/PublicRequests/New", RequestForms.Valid("Erasure", email));

        // A double click (two posts at once), then a refresh that posts the form again.
        var clicks = await Task.WhenAll(RequestForms.PostAsync(client, "/PublicRequests/New", values), RequestForms.PostAsync(client, "/PublicRequests/New", values));
        var refresh = await RequestForms.PostAsync(client, "/PublicRequests/New", values);

        Assert.All(clicks.Append(refresh), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.RightsRequests.CountAsync(r => r.Email == email)));
        Assert.Single(await Outbox.ForAsync(_factory, email));
    }

    [Theory]
    [InlineData("Access", "Input.Email", "", "Enter your email address")]
    [InlineData("Access", "Input.Details", "", "Describe the information you want")]
    [InlineData("Erasure", "Input.FullName", "", "Enter your full name")]
    [InlineData("Restriction", "Input.RestrictionGround", "Sideways", "Choose")]
    public async Task PublicForm_WithInvalidInput_ShowsTheErrorAndSavesNothing(string type, string field, string value, string message)
    {
        using var client = _factory.CreatePortalClient();
        var email = Email("invalid");
        var fields = RequestForms.Valid(type, email);
        fields[field] = value;
        var before = await _factory.WithDbAsync(db => db.RightsRequests.CountAsync());

        var response = await client.SubmitFormAsync($"/PublicRequests/New?type={type}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await PortalClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent;
        Assert.Contains(message, summary, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.RightsRequests.CountAsync()));
    }

    [Fact]
    public async Task ConfirmationLink_Tampered_ShowsExpiredPageAndConfirmsNothing()
    {
        using var client = _factory.CreatePortalClient();
        var email = Email("tamper");
        await client.SubmitFormAsync("/PublicRequests/New?type=Portability", RequestForms.Valid("Portability", email));
        var link = await Outbox.LinkAsync(_factory, email, "request.confirm-email");

        var page = await client.GetDocumentAsync(link[..^4] + "AAAA");

        Assert.Contains("expired or is not valid", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(RightsRequestStatus.AwaitingEmailConfirmation,
            await _factory.WithDbAsync(db => db.RightsRequests.Where(r => r.Email == email).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task PublicObjectionToMarketing_FromAMembersAddress_TakesEffectOnConfirmation()
    {
        var email = Email("member-public");
        var user = await _factory.CreateMemberAsync(email);
        var memberId = await _factory.WithDbAsync(db => db.Members.Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync());
        using var client = _factory.CreatePortalClient();

        await client.SubmitFormAsync("/PublicRequests/New?type=Objection", RequestForms.Valid("ObjectionToMarketing", email));
        Assert.False(await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.ObjectsToDirectMarketing).SingleAsync()));
        await client.GetAsync(await Outbox.LinkAsync(_factory, email, "request.confirm-email"));

        Assert.True(await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.ObjectsToDirectMarketing).SingleAsync()));
        var request = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Email == email));
        Assert.Equal(memberId, request.MemberId);
        Assert.Equal(RightsRequestStatus.Completed, request.Status);
        Assert.True(await _factory.WithDbAsync(db => db.ConsentEvents.AnyAsync(e => e.MemberId == memberId && !e.Granted)));
    }

    [Fact]
    public async Task PublicObjectionToMarketing_FromAnUnknownAddress_IsRecordedAndCompleted()
    {
        using var client = _factory.CreatePortalClient();
        var email = Email("stranger");

        await client.SubmitFormAsync("/PublicRequests/New?type=Objection", RequestForms.Valid("ObjectionToMarketing", email));
        await client.GetAsync(await Outbox.LinkAsync(_factory, email, "request.confirm-email"));

        var request = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Email == email));
        Assert.Null(request.MemberId);
        Assert.Equal(RightsRequestStatus.Completed, request.Status);
        Assert.Contains("no member record", request.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicRightsPage_ListsEveryRight_AndTheHomePageLinksToIt()
    {
        using var client = _factory.CreatePortalClient();
        var page = await client.GetDocumentAsync("/PublicRequests");
        foreach (var type in Enum.GetNames<RightsRequestType>())
        {
            Assert.NotNull(page.QuerySelector($"a[href='/PublicRequests/New?type={type}']"));
        }

        Assert.NotNull((await client.GetDocumentAsync("/")).QuerySelector("a[href='/PublicRequests']"));
    }

    private static string Email(string name) => $"{name}-{Guid.NewGuid():N}@example.org";
}

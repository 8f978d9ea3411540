using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.Domain.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Requests;

/// <summary>A logged-in member makes each kind of request, sees it under "My requests" and can withdraw it.</summary>
public class MemberRequestTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public MemberRequestTests(PortalFactory factory) => _factory = factory;

    public static TheoryData<string> OpenTypes => ["Access", "Rectification", "Erasure", "Restriction", "Objection", "Portability"];

    [Fact]
    public async Task AccessRequest_FromMember_IsLinkedVerifiedAcknowledgedAndDueAfterChristmas()
    {
        var (client, memberId, email) = await MemberAsync("dsar");

        var form = await client.GetDocumentAsync("/Requests/New?type=Access");
        Assert.Equal("Test Member", form.QuerySelector<IHtmlInputElement>("#Input_FullName")!.Value);
        Assert.Equal(email, form.QuerySelector<IHtmlInputElement>("#Input_Email")!.Value);

        var response = await client.SubmitFormAsync("/Requests/New?type=Access", RequestForms.Valid("Access", email, "Test Member"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.Email == email));
        Assert.Equal($"/Requests/Submitted/{request.Id}", response.Headers.Location!.PathAndQuery());
        Assert.Equal(memberId, request.MemberId);
        Assert.Equal(RequestChannel.MyImi, request.Channel);
        Assert.Equal(RightsRequestStatus.Received, request.Status);
        Assert.Equal(IdentityVerificationMethod.LoggedInSession, request.IdentityVerifiedBy);
        Assert.NotNull(request.IdentityVerifiedAt);
        Assert.Equal(new DateOnly(2026, 11, 25), request.ReceivedOn);

        // 25 Dec is Christmas, 26-27 Dec a weekend and 28 Dec the Boxing Day substitute holiday.
        Assert.Equal(new DateOnly(2026, 12, 29), request.DueOn);
        Assert.True(RequestReferenceIsWellFormed(request.Reference));
        Assert.Contains(request.Events, e => e.Kind == RightsRequestEventKind.IdentityVerified && e.VisibleToRequester);
        Assert.Contains(request.Events, e => e.Kind == RightsRequestEventKind.Acknowledged);

        var confirmation = await client.GetDocumentAsync(response.Headers.Location!.PathAndQuery());
        Assert.Contains(request.Reference, confirmation.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("29 December 2026", confirmation.Body.TextContent, StringComparison.Ordinal);

        var acknowledgement = Assert.Single(await Outbox.ForAsync(_factory, email), m => m.Kind == "request.acknowledged");
        Assert.Contains(request.Reference, acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Contains("by the end of 29 December 2026", acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Requests/Details/{request.Id}", acknowledgement.TextBody, StringComparison.Ordinal);

        var mine = await client.GetDocumentAsync("/Requests/Mine");
        var row = Assert.Single(mine.QuerySelectorAll("table.my-requests tbody tr"));
        Assert.Contains(request.Reference, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("We have received your request", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("29 December 2026", row.TextContent, StringComparison.Ordinal);

        var details = await client.GetDocumentAsync($"/Requests/Details/{request.Id}");
        var timeline = details.QuerySelector(".request-timeline")!.TextContent;
        Assert.Contains("Your identity was confirmed", timeline, StringComparison.Ordinal);
        Assert.Contains("We acknowledged your request", timeline, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OpenTypes))]
    public async Task EachRight_WithValidInput_IsReceivedAndShownInMyRequestsWithItsDueDate(string type)
    {
        var (client, memberId, email) = await MemberAsync("valid-" + type.ToLowerInvariant());

        var response = await client.SubmitFormAsync($"/Requests/New?type={type}", RequestForms.Valid(type, email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.MemberId == memberId));
        Assert.Equal(Enum.Parse<RightsRequestType>(type), request.Type);
        Assert.Equal(RightsRequestStatus.Received, request.Status);
        Assert.Equal(new DateOnly(2026, 12, 29), request.DueOn);
        var mine = await client.GetDocumentAsync("/Requests/Mine");
        var row = Assert.Single(mine.QuerySelectorAll("table.my-requests tbody tr")).TextContent;
        Assert.Contains(request.Reference, row, StringComparison.Ordinal);
        Assert.Contains("29 December 2026", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestrictionForm_OffersTheFourGroundsInThePolicysWords_AndStoresTheOneChosen()
    {
        var (client, memberId, email) = await MemberAsync("restrict");
        var form = await client.GetDocumentAsync("/Requests/New?type=Restriction");
        var radios = form.QuerySelectorAll("input[type=radio][name='Input.RestrictionGround']");
        Assert.Equal(4, radios.Length);
        Assert.Contains("(c) You need us to hold the data", form.QuerySelector("fieldset")!.TextContent, StringComparison.Ordinal);

        var fields = RequestForms.Valid("Restriction", email);
        fields["Input.RestrictionGround"] = "NeededForLegalClaims";
        await client.SubmitFormAsync("/Requests/New?type=Restriction", fields);

        Assert.Equal(RestrictionGround.NeededForLegalClaims,
            await _factory.WithDbAsync(db => db.RightsRequests.Where(r => r.MemberId == memberId).Select(r => r.RestrictionGround).SingleAsync()));
    }

    [Theory]
    [InlineData("Access", "Input.Details", "", "Describe the information you want")]
    [InlineData("Access", "Input.Phone", "", "Enter your telephone number")]
    [InlineData("Access", "Input.Email", "not-an-email", "Enter an email address in the correct format")]
    [InlineData("Rectification", "Input.Details", "", "Tell us what is wrong and what it should say")]
    [InlineData("Erasure", "Input.DateOfBirth", "2030-01-01", "Date of birth must be in the past")]
    [InlineData("Restriction", "Input.RestrictionGround", "", "Choose why you want us to restrict the use of your data")]
    [InlineData("Objection", "Input.ObjectionKind", "", "Choose what you object to")]
    [InlineData("Objection", "Input.Details", "", "Tell us what it is about your situation that makes you object")]
    [InlineData("Portability", "Input.FullName", "", "Enter your full name")]
    [InlineData("Portability", "Input.MembershipNumber", "12345", "Enter a membership number like IMI12345678")]
    [InlineData("WithdrawConsent", "Input.WithdrawAll", "", "Choose everything, or at least one permission to withdraw")]
    public async Task EachRight_WithInvalidInput_ShowsTheErrorAndSavesNothing(string type, string field, string value, string message)
    {
        var (client, memberId, email) = await MemberAsync("invalid-" + type.ToLowerInvariant());
        var fields = RequestForms.Valid(type, email);
        if (value.Length == 0)
        {
            fields.Remove(field);
        }
        else
        {
            fields[field] = value;
        }

        var response = await client.SubmitFormAsync($"/Requests/New?type={type}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.RightsRequests.CountAsync(r => r.MemberId == memberId)));
        Assert.Empty(await Outbox.ForAsync(_factory, email));
    }

    [Fact]
    public async Task PostedMemberId_IsIgnored_TheRequestBelongsToTheLoggedInMember()
    {
        var (_, otherMemberId, _) = await MemberAsync("victim");
        var (client, memberId, email) = await MemberAsync("poster");
        var fields = RequestForms.Valid("Portability", email);
        fields["Input.MemberId"] = otherMemberId.ToString();
        fields["MemberId"] = otherMemberId.ToString();

        await client.SubmitFormAsync("/Requests/New?type=Portability", fields);

        Assert.Equal(memberId, await _factory.WithDbAsync(db => db.RightsRequests.Where(r => r.Email == email).Select(r => r.MemberId).SingleAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.RightsRequests.CountAsync(r => r.MemberId == otherMemberId)));
    }

    [Fact]
    public async Task SecondIdenticalRequest_WhileTheFirstIsOpen_IsLinkedToItAndKept()
    {
        var (client, memberId, email) = await MemberAsync("repeat");
        await client.SubmitFormAsync("/Requests/New?type=Access", RequestForms.Valid("Access", email));
        var second = await client.SubmitFormAsync("/Requests/New?type=Access", RequestForms.Valid("Access", email));

        var requests = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).Where(r => r.MemberId == memberId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync());
        Assert.Equal(2, requests.Count);
        var (first, repeat) = (requests.Single(r => r.DuplicateOfId is null), requests.Single(r => r.DuplicateOfId is not null));
        Assert.Equal(first.Id, repeat.DuplicateOfId);
        Assert.Contains(first.Events, e => e.Kind == RightsRequestEventKind.DuplicateLinked);
        Assert.Contains(repeat.Events, e => e.Kind == RightsRequestEventKind.DuplicateLinked);

        var page = await client.GetDocumentAsync(second.Headers.Location!.PathAndQuery());
        Assert.Contains($"You already have request {first.Reference} open; we have added this to it", page.Body!.TextContent, StringComparison.Ordinal);
        var acknowledgement = (await Outbox.ForAsync(_factory, email)).Last(m => m.Kind == "request.acknowledged");
        Assert.Contains($"You already have request {first.Reference} open; we have added this to it", acknowledgement.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_OwnOpenRequest_ClosesItAndShowsItAsWithdrawn()
    {
        var (client, memberId, email) = await MemberAsync("withdraw");
        await client.SubmitFormAsync("/Requests/New?type=Erasure", RequestForms.Valid("Erasure", email));
        var id = await _factory.WithDbAsync(db => db.RightsRequests.Where(r => r.MemberId == memberId).Select(r => r.Id).SingleAsync());

        var confirm = await client.GetDocumentAsync($"/Requests/Withdraw/{id}");
        Assert.Contains("Withdraw request", confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var response = await client.SubmitFormAsync($"/Requests/Withdraw/{id}", [], formAction: $"/Requests/Withdraw/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.Id == id));
        Assert.Equal(RightsRequestStatus.Withdrawn, request.Status);
        Assert.NotNull(request.ClosedAt);
        Assert.Single(request.Events, e => e.Kind == RightsRequestEventKind.Withdrawn);
        var details = await client.GetDocumentAsync($"/Requests/Details/{id}");
        Assert.Equal("Withdrawn", details.QuerySelector("#request-status")!.TextContent.Trim());
        Assert.Null(details.QuerySelector($"a[href='/Requests/Withdraw/{id}']"));
        var mine = await client.GetDocumentAsync("/Requests/Mine");
        Assert.Contains("Withdrawn", mine.QuerySelector("table.my-requests tbody tr")!.TextContent, StringComparison.Ordinal);

        // A second go changes nothing.
        var again = await client.PostWithTokenAsync("/Requests/Mine", $"/Requests/Withdraw/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.RightsRequestEvents.CountAsync(e => e.RequestId == id && e.Kind == RightsRequestEventKind.Withdrawn)));
    }

    [Fact]
    public async Task AnotherMembersRequest_IsNotFound_AndCannotBeWithdrawn()
    {
        var (owner, ownerId, ownerEmail) = await MemberAsync("owner");
        await owner.SubmitFormAsync("/Requests/New?type=Access", RequestForms.Valid("Access", ownerEmail));
        var request = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.MemberId == ownerId));
        var (intruder, _, _) = await MemberAsync("intruder");

        foreach (var url in new[] { $"/Requests/Details/{request.Id}", $"/Requests/Submitted/{request.Id}", $"/Requests/Withdraw/{request.Id}" })
        {
            var response = await intruder.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(request.Reference, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var post = await intruder.PostWithTokenAsync("/Requests/Mine", $"/Requests/Withdraw/{request.Id}", []);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var after = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RightsRequestStatus.Received, after.Status);
        Assert.Null(after.ClosedAt);
        Assert.DoesNotContain(after.Events, e => e.Kind == RightsRequestEventKind.Withdrawn);
        Assert.DoesNotContain(request.Reference, (await intruder.GetDocumentAsync("/Requests/Mine")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RightsPage_ExplainsEveryRightAndLinksToItsForm()
    {
        var (client, _, _) = await MemberAsync("rights");
        var page = await client.GetDocumentAsync("/Requests");
        foreach (var type in Enum.GetNames<RightsRequestType>())
        {
            Assert.NotNull(page.QuerySelector($"a[href='/Requests/New?type={type}']"));
        }

        var home = await client.GetDocumentAsync("/MyImi");
        Assert.NotNull(home.QuerySelector("main a[href='/Requests/Mine']"));
        Assert.NotNull(home.QuerySelector("nav a[href='/Requests/Mine']"));
    }

    private async Task<(PortalClient Client, Guid MemberId, string Email)> MemberAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.net";
        var user = await _factory.CreateMemberAsync(email);
        var memberId = await _factory.WithDbAsync(db => db.Members.Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync());
        return (await _factory.LoginAsync(email), memberId, email);
    }

    private static bool RequestReferenceIsWellFormed(string reference) => ImiPortal.Infrastructure.Requests.RequestReference.IsWellFormed(reference);
}

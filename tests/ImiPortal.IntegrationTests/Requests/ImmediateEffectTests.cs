using System.Net;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Processing;
using ImiPortal.Domain.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Requests;

/// <summary>An objection to direct marketing and a withdrawal of consent take effect before the page returns.</summary>
public sealed class ImmediateEffectTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public ImmediateEffectTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task ObjectionToDirectMarketing_SetsTheFlagAndWithdrawsEveryPermission_BeforeTheResponse()
    {
        var partnerId = await PartnerAsync();
        var (client, memberId, email) = await MemberAsync("object");

        var response = await client.SubmitFormAsync("/Requests/New?type=Objection", RequestForms.Valid("ObjectionToMarketing", email));

        // Checked straight after the POST returned, without following the redirect.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.ObjectsToDirectMarketing).SingleAsync()));
        var events = await _factory.WithDbAsync(db => db.ConsentEvents.Where(e => e.MemberId == memberId).ToListAsync());
        Assert.All(events, e => Assert.False(e.Granted));
        Assert.All(events, e => Assert.Equal(ConsentSource.RightsRequest, e.Source));
        Assert.Equal(Enum.GetValues<MarketingChannel>().Order(), events.Where(e => e.Channel is not null).Select(e => e.Channel!.Value).Order());
        var topics = await _factory.WithDbAsync(db => db.MarketingTopics.CountAsync(t => t.IsActive));
        Assert.Equal(topics, events.Count(e => e.TopicId is not null));
        Assert.Contains(events, e => e.RecipientId == partnerId);
        Assert.False(await _factory.WithDbAsync(db => db.ConsentStates.AnyAsync(s => s.MemberId == memberId && s.Granted)));

        var request = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.MemberId == memberId));
        Assert.Equal(RightsRequestStatus.Completed, request.Status);
        Assert.NotNull(request.ClosedAt);
        var completed = Assert.Single(request.Events, e => e.Kind == RightsRequestEventKind.Completed);
        Assert.Contains("objection to direct marketing", completed.Note, StringComparison.Ordinal);
        Assert.True(completed.VisibleToRequester);

        var page = await client.GetDocumentAsync(response.Headers.Location!.PathAndQuery());
        Assert.Contains("Done: your request has taken effect", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var mine = await client.GetDocumentAsync("/Requests/Mine");
        Assert.Contains("Completed", mine.QuerySelector("table.my-requests tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawalOfConsent_ForTickedPermissions_WithdrawsOnlyThoseAndCompletes()
    {
        var (client, memberId, email) = await MemberAsync("withdraw-some");
        var form = await client.GetDocumentAsync("/Requests/New?type=WithdrawConsent");
        Assert.NotNull(form.QuerySelector("input[name='Input.WithdrawSubjects'][value='channel:Sms']"));
        var fields = RequestForms.Person("Alex Example", email);

        var response = await RequestForms.PostAsync(client, "/Requests/New", [
            .. await RequestForms.FilledAsync(client, "/Requests/New?type=WithdrawConsent", "/Requests/New", fields),
            new("Input.WithdrawSubjects", "channel:Sms"),
            new("Input.WithdrawSubjects", "channel:Email"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var events = await _factory.WithDbAsync(db => db.ConsentEvents.Where(e => e.MemberId == memberId).ToListAsync());
        Assert.Equal([MarketingChannel.Email, MarketingChannel.Sms], events.Select(e => e.Channel!.Value).Order());
        Assert.All(events, e => Assert.False(e.Granted));
        Assert.False(await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.ObjectsToDirectMarketing).SingleAsync()));
        var request = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.MemberId == memberId));
        Assert.Equal(RightsRequestStatus.Completed, request.Status);
        Assert.Contains("Marketing by email", request.Outcome, StringComparison.Ordinal);
        Assert.Contains("Marketing by text message", request.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawalOfConsent_OfEverything_WithdrawsEveryPermission()
    {
        var (client, memberId, email) = await MemberAsync("withdraw-all");

        await client.SubmitFormAsync("/Requests/New?type=WithdrawConsent", RequestForms.Valid("WithdrawConsent", email));

        var events = await _factory.WithDbAsync(db => db.ConsentEvents.Where(e => e.MemberId == memberId).ToListAsync());
        Assert.Equal(4, events.Count(e => e.Channel is not null));
        Assert.True(events.Count(e => e.TopicId is not null) >= 3);
        Assert.All(events, e => Assert.False(e.Granted));
        Assert.Equal(RightsRequestStatus.Completed, await _factory.WithDbAsync(db => db.RightsRequests.Where(r => r.MemberId == memberId).Select(r => r.Status).SingleAsync()));
    }

    private async Task<int> PartnerAsync()
    {
        var id = await _factory.WithDbAsync(async db =>
        {
            var partner = await db.Recipients.FirstOrDefaultAsync(r => r.Kind == RecipientKind.MarketingThirdParty && r.IsActive);
            if (partner is null)
            {
                partner = new Recipient { Name = "Example Motor Insurance Ltd", Kind = RecipientKind.MarketingThirdParty, Description = "Motor insurance offers" };
                db.Recipients.Add(partner);
                await db.SaveChangesAsync();
            }

            return partner.Id;
        });
        _factory.ForgetMarketingCatalogue();
        return id;
    }

    private async Task<(PortalClient Client, Guid MemberId, string Email)> MemberAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.net";
        var user = await _factory.CreateMemberAsync(email);
        var memberId = await _factory.WithDbAsync(db => db.Members.Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync());
        return (await _factory.LoginAsync(email), memberId, email);
    }
}

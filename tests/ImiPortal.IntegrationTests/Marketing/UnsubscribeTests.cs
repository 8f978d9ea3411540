using System.Net;
using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Data.Seeding;
using ImiPortal.Infrastructure.Email;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImiPortal.IntegrationTests.Marketing.MarketingKit;

namespace ImiPortal.IntegrationTests.Marketing;

public sealed class UnsubscribeTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public UnsubscribeTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task MarketingEmail_CarriesTheLinkInItsBodyAndTheOneClickHeaders()
    {
        var memberId = await SubscribedMemberAsync("unsub-headers@example.net");

        var message = await QueueMarketingEmailAsync(memberId);

        Assert.NotNull(message.ListUnsubscribeUrl);
        Assert.Contains(message.ListUnsubscribeUrl, message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("https://myimi.theimi.org.uk/Unsubscribe/", message.ListUnsubscribeUrl, StringComparison.Ordinal);
        var mime = OutboxDispatcher.ToMime(message, new EmailOptions());
        Assert.Equal($"<{message.ListUnsubscribeUrl}>", mime.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mime.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task MarketingEmail_ForMemberWhoMayNotBeEmailed_IsNotBuilt()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "unsub-none@example.net");
        var topicId = await FirstTopicIdAsync(_factory);
        await using var scope = _factory.Scope();
        var emails = scope.ServiceProvider.GetRequiredService<MarketingEmailFactory>();

        Assert.Null(await emails.CreateAsync(memberId, topicId, "News", "Hello", CancellationToken.None));
    }

    [Fact]
    public async Task UnsubscribeLink_LoggedOut_ConfirmsThenUnsubscribesFromAllEmail()
    {
        var memberId = await SubscribedMemberAsync("unsub-link@example.net");
        await QueueMarketingEmailAsync(memberId);
        var link = await Outbox.LinkAsync(_factory, "unsub-link@example.net", MarketingEmailFactory.Kind);
        using var browser = _factory.CreatePortalClient();

        var confirm = await browser.GetDocumentAsync(link);
        Assert.Equal("Unsubscribe from IMI marketing email", confirm.QuerySelector("h1")!.TextContent);
        Assert.NotNull(confirm.QuerySelector("a[href='/Preferences']"));
        Assert.True((await StateAsync(_factory, memberId, Email))!.Granted); // opening the link changes nothing

        var done = await browser.SubmitFormAsync(link, new());

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("You are unsubscribed", (await PortalClient.ParseAsync(done)).QuerySelector("h1")!.TextContent);
        Assert.False((await StateAsync(_factory, memberId, Email))!.Granted);
        var recorded = await _factory.WithDbAsync(db => db.ConsentEvents.AsNoTracking().Where(e => e.MemberId == memberId).OrderBy(e => e.Id).LastAsync());
        Assert.Equal(ConsentSource.UnsubscribeLink, recorded.Source);
        Assert.Equal(MarketingChannel.Email, recorded.Channel);
        Assert.Null(recorded.ActorUserId);
        var wordingKey = await _factory.WithDbAsync(db => db.ConsentWordings.Where(w => w.Id == recorded.WordingId).Select(w => w.Key).SingleAsync());
        Assert.Equal(ConsentWordingSeeds.UnsubscribeKey, wordingKey);
    }

    [Fact]
    public async Task UnsubscribeLink_OneClickPostFromMailApp_WorksWithoutCookiesOrAntiforgeryToken()
    {
        var memberId = await SubscribedMemberAsync("unsub-oneclick@example.net");
        await using var scope = _factory.Scope();
        var url = scope.ServiceProvider.GetRequiredService<MarketingEmailFactory>().UnsubscribeUrl(memberId);
        using var mailApp = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        var response = await mailApp.PostAsync(new Uri(url.PathAndQuery, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await StateAsync(_factory, memberId, Email))!.Granted);
    }

    [Fact]
    public async Task UnsubscribeLink_Tampered_ShowsAClearPageAndChangesNothing()
    {
        var memberId = await SubscribedMemberAsync("unsub-forged@example.net");
        await QueueMarketingEmailAsync(memberId);
        var link = await Outbox.LinkAsync(_factory, "unsub-forged@example.net", MarketingEmailFactory.Kind);
        var token = link["/Unsubscribe/".Length..];
        var tampered = "/Unsubscribe/" + token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var before = await EventCountAsync(_factory, memberId);
        using var browser = _factory.CreatePortalClient();

        foreach (var forged in new[] { tampered, "/Unsubscribe/" + token[..^4], "/Unsubscribe/not-a-token" })
        {
            var shown = await browser.GetAsync(forged);
            Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
            Assert.Contains("This unsubscribe link does not work", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
            var posted = await browser.Http.PostAsync(new Uri(forged, UriKind.Relative), body);
            Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        }

        Assert.True((await StateAsync(_factory, memberId, Email))!.Granted);
        Assert.Equal(before, await EventCountAsync(_factory, memberId));
    }

    [Fact]
    public async Task UnsubscribeLink_ForUnknownMember_SaysSoAndRecordsNothing()
    {
        await using var scope = _factory.Scope();
        var url = scope.ServiceProvider.GetRequiredService<MarketingEmailFactory>().UnsubscribeUrl(Guid.NewGuid());
        var before = await _factory.WithDbAsync(db => db.ConsentEvents.CountAsync());
        using var browser = _factory.CreatePortalClient();

        var shown = await browser.GetAsync(url.PathAndQuery);
        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        var posted = await browser.Http.PostAsync(new Uri(url.PathAndQuery, UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.NotFound, shown.StatusCode);
        Assert.Contains("We could not find your details", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.ConsentEvents.CountAsync()));
    }

    private async Task<Guid> SubscribedMemberAsync(string email)
    {
        var (_, memberId) = await CreateMemberAsync(_factory, email);
        await RecordAsync(_factory, memberId, ConsentSource.MyImiForm, (Email, true));
        return memberId;
    }

    private async Task<OutboxMessage> QueueMarketingEmailAsync(Guid memberId)
    {
        var topicId = await FirstTopicIdAsync(_factory);
        await using var scope = _factory.Scope();
        var services = scope.ServiceProvider;
        var message = await services.GetRequiredService<MarketingEmailFactory>().CreateAsync(memberId, topicId, "IMI news", "This month at IMI.", CancellationToken.None)
                      ?? throw new InvalidOperationException("The member may not be emailed.");
        services.GetRequiredService<IEmailOutbox>().Add(message);
        var db = services.GetRequiredService<PortalDbContext>();
        await db.SaveChangesAsync();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == MarketingEmailFactory.Kind && m.To == message.To).OrderBy(m => m.Id).LastAsync();
    }
}

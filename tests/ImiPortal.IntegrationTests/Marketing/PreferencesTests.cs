using System.Net;
using AngleSharp.Dom;
using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Data.Seeding;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ImiPortal.IntegrationTests.Marketing.MarketingKit;

namespace ImiPortal.IntegrationTests.Marketing;

public class PreferencesTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public PreferencesTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Preferences_ForNewMember_TicksNothingThatNeedsConsent()
    {
        await CreateMemberAsync(_factory, "prefs-new@example.net");
        using var client = await _factory.LoginAsync("prefs-new@example.net");
        var partnerId = await AddPartnerAsync(_factory, "Prefs New Partner Ltd");

        var page = await client.GetDocumentAsync("/Preferences");

        Assert.False(Box(page, "channel:Email").IsChecked);
        Assert.False(Box(page, "channel:Sms").IsChecked);
        Assert.All(page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Chosen][value^='topic:']"), b => Assert.False(b.IsChecked));
        Assert.False(Box(page, $"third-party:{partnerId}").IsChecked);
        Assert.Contains("Prefs New Partner Ltd", page.Body!.TextContent, StringComparison.Ordinal);
        // Post and phone are on legitimate interests, and the page says so in words.
        Assert.True(Box(page, "channel:Post").IsChecked);
        Assert.Contains("We may write to you by post unless you tell us not to", page.GetElementById("choice-channel-Post-basis")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("We only do this if you agree", page.GetElementById("choice-channel-Email-basis")!.TextContent, StringComparison.Ordinal);
        // The exact statement is shown beside each choice.
        var emailWording = ConsentWordingSeeds.All.Single(w => w.Key == ConsentWordingSeeds.ChannelKey(MarketingChannel.Email)).Text;
        Assert.Contains(emailWording, page.GetElementById("choice-channel-Email-wording")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preferences_ForCustomer_ShowsTheSoftOptInTheyCanRefuse()
    {
        await CreateMemberAsync(_factory, "prefs-customer@example.net", bought: true);
        using var client = await _factory.LoginAsync("prefs-customer@example.net");

        var page = await client.GetDocumentAsync("/Preferences");

        Assert.True(Box(page, "channel:Email").IsChecked);
        Assert.Equal("Because you bought from us — you can say no", page.GetElementById("choice-channel-Email-basis")!.TextContent.Trim());
    }

    [Fact]
    public async Task Preferences_TickThenUntickEmail_PageExportAndTimelineAgreeAtOnce()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "prefs-toggle@example.net");
        var number = await MembershipNumberAsync(_factory, memberId);
        var topicId = await FirstTopicIdAsync(_factory);
        await _factory.CreateStaffAsync("prefs-staff@example.net", Roles.MemberServices);
        using var staff = await _factory.LoginAsync("prefs-staff@example.net");
        using var client = await _factory.LoginAsync("prefs-toggle@example.net");

        var ticked = await SavePreferencesAsync(client, c => c.Add("channel:Email"));
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        var page = await client.GetDocumentAsync("/Preferences");
        Assert.True(Box(page, "channel:Email").IsChecked);
        Assert.Equal("You agreed on 25 November 2026", page.GetElementById("choice-channel-Email-basis")!.TextContent.Trim());
        Assert.Contains(number, MembershipNumbers(await ExportAsync(staff, MarketingChannel.Email, topicId)));

        var unticked = await SavePreferencesAsync(client, c => c.Remove("channel:Email"));
        Assert.Equal(HttpStatusCode.Redirect, unticked.StatusCode);
        page = await client.GetDocumentAsync("/Preferences");
        Assert.False(Box(page, "channel:Email").IsChecked);
        Assert.Equal("You said no on 25 November 2026", page.GetElementById("choice-channel-Email-basis")!.TextContent.Trim());
        Assert.DoesNotContain(number, MembershipNumbers(await ExportAsync(staff, MarketingChannel.Email, topicId)));

        var latest = page.QuerySelector(".consent-timeline li")!.TextContent;
        Assert.Contains("Email: withdrawn", latest, StringComparison.Ordinal);
        Assert.Contains("source: MyIMI preferences page", latest, StringComparison.Ordinal);
        Assert.Contains(ConsentWordingSeeds.All.Single(w => w.Key == "marketing.channel.EMAIL").Text, latest, StringComparison.Ordinal);
        Assert.Equal(2, await EventCountAsync(_factory, memberId));
    }

    [Fact]
    public async Task Preferences_UntickPost_RecordsAnOptOutOfLegitimateInterests()
    {
        var (user, memberId) = await CreateMemberAsync(_factory, "prefs-post@example.net");
        using var client = await _factory.LoginAsync("prefs-post@example.net");

        await SavePreferencesAsync(client, c => c.Remove("channel:Post"));

        var recorded = await _factory.WithDbAsync(db => db.ConsentEvents.AsNoTracking().SingleAsync(e => e.MemberId == memberId));
        Assert.Equal(MarketingChannel.Post, recorded.Channel);
        Assert.False(recorded.Granted);
        Assert.Equal(ConsentBasis.LegitimateInterests, recorded.Basis);
        Assert.Equal(ConsentSource.MyImiForm, recorded.Source);
        Assert.Equal(user.Id, recorded.ActorUserId);
        Assert.Equal(_factory.Clock.GetUtcNow().UtcDateTime, recorded.OccurredAt);
        Assert.False(Box(await client.GetDocumentAsync("/Preferences"), "channel:Post").IsChecked);
    }

    [Fact]
    public async Task Preferences_TickNamedPartner_RecordsConsentToShareWithThatPartnerOnly()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "prefs-partner@example.net");
        var first = await AddPartnerAsync(_factory, "Prefs First Partner Ltd");
        var second = await AddPartnerAsync(_factory, "Prefs Second Partner Ltd");
        using var client = await _factory.LoginAsync("prefs-partner@example.net");

        await SavePreferencesAsync(client, c => c.Add($"third-party:{first}"));

        Assert.True((await StateAsync(_factory, memberId, ConsentSubject.ForThirdParty(first)))!.Granted);
        Assert.Null(await StateAsync(_factory, memberId, ConsentSubject.ForThirdParty(second)));
        var wording = await _factory.WithDbAsync(db => db.ConsentEvents.Where(e => e.MemberId == memberId)
            .Join(db.ConsentWordings, e => e.WordingId, w => w.Id, (e, w) => w.Key).SingleAsync());
        Assert.Equal(ConsentWordingSeeds.ThirdPartyKey, wording);
        var page = await client.GetDocumentAsync("/Preferences");
        Assert.True(Box(page, $"third-party:{first}").IsChecked);
        Assert.Contains("Sharing with Prefs First Partner Ltd: granted", page.QuerySelector(".consent-timeline")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preferences_SavedUnchanged_RecordsNothing()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "prefs-same@example.net", bought: true);
        using var client = await _factory.LoginAsync("prefs-same@example.net");

        var response = await SavePreferencesAsync(client, _ => { });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await EventCountAsync(_factory, memberId));
    }

    [Fact]
    public async Task Preferences_FormLeftOpenWhileUnsubscribing_DoesNotGiveEmailConsentBack()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "prefs-stale@example.net");
        await RecordAsync(_factory, memberId, ConsentSource.MyImiForm, (Email, true));
        using var client = await _factory.LoginAsync("prefs-stale@example.net");
        var page = await client.GetDocumentAsync("/Preferences");
        var form = page.Forms.Single(f => f.Action.EndsWith("/Preferences", StringComparison.Ordinal));
        var values = form.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[type=hidden]").Select(h => new KeyValuePair<string, string>(h.Name!, h.Value))
            .Concat(form.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[type=checkbox]").Where(c => c.IsChecked).Select(c => new KeyValuePair<string, string>(c.Name!, c.Value)))
            .ToList();
        Assert.Contains(new KeyValuePair<string, string>("Chosen", "channel:Email"), values);

        // Meanwhile the member unsubscribes from an email; then they tick a topic on the old page.
        await RecordAsync(_factory, memberId, ConsentSource.UnsubscribeLink, (Email, false));
        values.Add(new("Chosen", $"topic:{await FirstTopicIdAsync(_factory)}"));
        using var content = new FormUrlEncodedContent(values);
        var response = await client.Http.PostAsync(new Uri("/Preferences", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await StateAsync(_factory, memberId, Email))!.Granted);
        Assert.Equal(3, await EventCountAsync(_factory, memberId));
    }

    [Fact]
    public async Task Preferences_WithUnknownChoice_ShowsErrorAndRecordsNothing()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "prefs-bad@example.net");
        using var client = await _factory.LoginAsync("prefs-bad@example.net");

        var response = await SavePreferencesAsync(client, c => c.Add("channel:Fax"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(response)).QuerySelector("#error-summary"));
        Assert.Equal(0, await EventCountAsync(_factory, memberId));
    }

    [Fact]
    public async Task History_LongerThanAPage_IsShownNewestFirstAPageAtATime_AndReachesTheOldestEvent()
    {
        const int PageSize = ImiPortal.Web.Queries.Marketing.ConsentTimelineQuery.PageSize;
        var (_, memberId) = await CreateMemberAsync(_factory, "prefs-long-history@example.net");
        var (_, otherId) = await CreateMemberAsync(_factory, "prefs-other-history@example.net");
        // Email granted, withdrawn, granted, ...: the newest (an even count) is a withdrawal, the oldest a grant.
        for (var i = 1; i <= PageSize + 3; i++)
        {
            await RecordAsync(_factory, memberId, ConsentSource.MyImiForm, (Email, i % 2 == 1));
        }

        await RecordAsync(_factory, otherId, ConsentSource.MyImiForm, (Email, true));
        using var client = await _factory.LoginAsync("prefs-long-history@example.net");

        var first = await client.GetDocumentAsync("/Preferences");
        var newest = first.QuerySelectorAll(".consent-timeline li");
        Assert.Equal(PageSize, newest.Length);
        Assert.Contains("Email: withdrawn", newest[0].TextContent, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("nav[aria-label='Pages of the history'] a:not([rel=next])"));
        var older = first.QuerySelector("nav[aria-label='Pages of the history'] a[rel=next]")!.GetAttribute("href")!;
        Assert.Matches(@"^\?before=\d+#history$", older);
        Assert.NotNull(first.GetElementById("history"));

        var second = await client.GetDocumentAsync("/Preferences" + older.Split('#')[0]);
        var oldest = second.QuerySelectorAll(".consent-timeline li");
        Assert.Equal(3, oldest.Length);
        Assert.Contains("Email: granted", oldest[^1].TextContent, StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("nav[aria-label='Pages of the history'] a[rel=next]"));
        Assert.Equal("/Preferences#history", second.QuerySelector("nav[aria-label='Pages of the history'] a")!.GetAttribute("href"));
        // The form is the same on every page of the history: the current choice, not the one at that time.
        Assert.False(Box(second, "channel:Email").IsChecked);
        Assert.Equal(PageSize + 3, await EventCountAsync(_factory, memberId));

        // Another member following the same link sees only their own history: their one event is newer than the cursor.
        using var other = await _factory.LoginAsync("prefs-other-history@example.net");
        var theirs = await other.GetDocumentAsync("/Preferences" + older.Split('#')[0]);
        Assert.Empty(theirs.QuerySelectorAll(".consent-timeline li"));
        Assert.Contains("There are no older changes.", theirs.Body!.TextContent, StringComparison.Ordinal);
        Assert.Single((await other.GetDocumentAsync("/Preferences")).QuerySelectorAll(".consent-timeline li"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999999")]
    public async Task History_WithACursorThatIsNotAnEventNumber_ShowsTheNewestPageWithoutAnError(string before)
    {
        var (_, memberId) = await CreateMemberAsync(_factory, $"prefs-bad-cursor-{Guid.NewGuid():N}@example.net");
        await RecordAsync(_factory, memberId, ConsentSource.MyImiForm, (Email, true));
        var email = await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Email).SingleAsync());
        using var client = await _factory.LoginAsync(email);

        var response = await client.GetAsync("/Preferences?before=" + Uri.EscapeDataString(before));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Contains("Email: granted", Assert.Single(page.QuerySelectorAll(".consent-timeline li")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preferences_ForAnonymousVisitor_RedirectsToLogin()
    {
        using var client = _factory.CreatePortalClient();

        var response = await client.GetAsync("/Preferences");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.Domain.Commerce;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Marketing;

/// <summary>Helpers for the marketing tests: members with orders and choices, the preferences form as a browser fills it, the audience CSV.</summary>
internal static class MarketingKit
{
    public static async Task<(ApplicationUser User, Guid MemberId)> CreateMemberAsync(PortalFactory factory, string email, bool bought = false)
    {
        var user = await factory.CreateMemberAsync(email);
        var memberId = await factory.WithDbAsync(db => db.Members.Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync());
        if (bought)
        {
            await AddOrderAsync(factory, memberId);
        }

        return (user, memberId);
    }

    public static Task AddOrderAsync(PortalFactory factory, Guid memberId) => factory.WithDbAsync(async db =>
    {
        db.Orders.Add(new Order
        {
            MemberId = memberId,
            OrderNumber = "ORD-" + Guid.NewGuid().ToString("N")[..12],
            PlacedAt = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-10),
            Description = "Training course",
            TotalPence = 9_900,
        });
        return await db.SaveChangesAsync();
    });

    public static async Task<ConsentRecordResult> RecordAsync(PortalFactory factory, Guid memberId, ConsentSource source, params (ConsentSubject Subject, bool Granted)[] changes)
    {
        await using var scope = factory.Scope();
        var ledger = scope.ServiceProvider.GetRequiredService<ConsentLedger>();
        return await ledger.RecordAsync(new ConsentRecord(memberId, changes.Select(c => new ConsentChange(c.Subject, c.Granted)).ToList(), source), CancellationToken.None);
    }

    public static ConsentSubject Email => ConsentSubject.ForChannel(MarketingChannel.Email);

    public static Task<ConsentState?> StateAsync(PortalFactory factory, Guid memberId, ConsentSubject subject) =>
        factory.WithDbAsync(db => db.ConsentStates.AsNoTracking().SingleOrDefaultAsync(s => s.MemberId == memberId && s.SubjectKey == subject.Key));

    public static Task<int> EventCountAsync(PortalFactory factory, Guid memberId) =>
        factory.WithDbAsync(db => db.ConsentEvents.CountAsync(e => e.MemberId == memberId));

    public static Task<int> FirstTopicIdAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => db.MarketingTopics.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync());

    public static async Task<int> AddPartnerAsync(PortalFactory factory, string name)
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var partner = new Recipient { Name = name, Kind = RecipientKind.MarketingThirdParty, Description = "A fictional partner for tests." };
            db.Recipients.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });
        factory.ForgetMarketingCatalogue();
        return id;
    }

    /// <summary>Fills the preferences form as a browser would: the boxes as shown, changed by <paramref name="change"/>, and every hidden field.</summary>
    public static async Task<HttpResponseMessage> SavePreferencesAsync(PortalClient client, Action<ISet<string>> change)
    {
        var page = await client.GetDocumentAsync("/Preferences");
        var form = page.Forms.Single(f => f.Action.EndsWith("/Preferences", StringComparison.Ordinal));
        var chosen = form.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox][name=Chosen]").Where(c => c.IsChecked).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        change(chosen);
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(h => new KeyValuePair<string, string>(h.Name!, h.Value)).ToList();
        values.AddRange(chosen.Select(k => new KeyValuePair<string, string>("Chosen", k)));
        using var content = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(new Uri("/Preferences", UriKind.Relative), content);
    }

    public static IHtmlInputElement Box(IHtmlDocument page, string key) =>
        page.QuerySelectorAll<IHtmlInputElement>("input[type=checkbox][name=Chosen]").Single(c => c.Value == key);

    /// <summary>The audience CSV's lines (header first) for a channel and topic, downloaded by a logged-in member of staff.</summary>
    public static async Task<IReadOnlyList<string>> ExportAsync(PortalClient staff, MarketingChannel channel, int topicId)
    {
        var response = await staff.GetAsync($"/Staff/Marketing/Audience?channel={channel}&topicId={topicId}");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    public static IReadOnlySet<string> MembershipNumbers(IReadOnlyList<string> lines) =>
        lines.Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);

    public static Task<string> MembershipNumberAsync(PortalFactory factory, Guid memberId) =>
        factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.MembershipNumber).SingleAsync());
}

using System.Net;
using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// Cross-site request forgery: every action that accepts a POST (from the endpoint metadata) refuses a POST that
/// carries a signed-in user's cookies but no antiforgery token, and changes nothing — except the declared exemptions.
/// </summary>
public sealed class CsrfTests : IClassFixture<SecurityWorld>
{
    private readonly SecurityWorld _world;

    public CsrfTests(SecurityWorld world) => _world = world;

    [Fact]
    public void EveryExemption_IsAnActionThatAcceptsPost()
    {
        var posts = EndpointCatalogue.Read(_world.Services).Where(e => e.Method is "POST" or "ANY").Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(CsrfExemptions.All.Keys, k => !posts.Contains(k));
    }

    [Fact]
    public async Task EveryPostWithoutAntiforgeryToken_FromAnAllowedUser_Is400AndChangesNothing()
    {
        var rows = AccessTable.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var posts = EndpointCatalogue.Read(_world.Services).Where(e => e.IsPost && !CsrfExemptions.All.ContainsKey(e.Key)).ToList();
        var sessions = new Dictionary<Persona, PortalClient>();
        var wrong = new List<string>();

        foreach (var endpoint in posts)
        {
            // The matrix test reports an action missing from the access table; here it is tried as a member.
            var row = rows.GetValueOrDefault(endpoint.Key) ?? new AccessRow(endpoint.Key, Access.Member);
            var persona = Enum.GetValues<Persona>().Where(p => p != Persona.Anonymous).First(p => AuthorizationMatrixTests.IsAllowed(p, row.Access));
            if (!sessions.TryGetValue(persona, out var client))
            {
                client = sessions[persona] = (await _world.SessionAsync(persona)).Client;
            }

            var path = EndpointCatalogue.PathFor(endpoint, name => name == "id" ? _world.IdValue(row.Id) : SecurityWorld.RouteValue(name));
            var before = await CountsAsync();

            using var response = await AuthorizationMatrixTests.CallAsync(client, endpoint, path, token: null);

            var after = await CountsAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || before != after)
            {
                wrong.Add($"POST {path} as {persona}: {Outcome.Describe(response)}{(before == after ? "" : ", and the database changed")}");
            }
        }

        foreach (var client in sessions.Values)
        {
            client.Dispose();
        }

        Assert.True(posts.Count >= 30, $"Only {posts.Count} POST actions were found: is the catalogue reading the endpoints?");
        Assert.True(wrong.Count == 0, "These POSTs without an antiforgery token were not refused with 400 (add a real exemption to "
                                      + $"Security/CsrfExemptions.cs only with a reason):\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public async Task OneClickUnsubscribe_WithAForgedToken_IsRefusedAndChangesNothing()
    {
        var genuine = Tokens().For(_world.MemberIdOfA);
        var forged = genuine[..^4] + (genuine[^4..] == "AAAA" ? "BBBB" : "AAAA");
        using var mailApp = _world.CreatePortalClient();
        var before = await ConsentEventsOfAAsync();

        foreach (var token in new[] { forged, Tokens().For(Guid.NewGuid())[..10], "' OR 1=1 --", _world.MemberIdOfA.ToString("N") })
        {
            using var content = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
            using var response = await mailApp.Http.PostAsync(new Uri($"/Unsubscribe/{Uri.EscapeDataString(token)}", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(before, await ConsentEventsOfAAsync());
    }

    [Fact]
    public async Task OneClickUnsubscribe_WithTheSignedToken_WorksWithoutCookiesOrAntiforgeryToken()
    {
        using var mailApp = _world.CreatePortalClient();
        var before = await ConsentEventsOfAAsync();

        using var content = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        using var response = await mailApp.Http.PostAsync(new Uri($"/Unsubscribe/{Tokens().For(_world.MemberIdOfA)}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, await ConsentEventsOfAAsync());
        var email = await _world.WithDbAsync(db => db.ConsentStates.AsNoTracking()
            .SingleAsync(s => s.MemberId == _world.MemberIdOfA && s.SubjectKey == ConsentSubject.ForChannel(MarketingChannel.Email).Key));
        Assert.False(email.Granted);
    }

    private UnsubscribeTokens Tokens() => _world.Services.GetRequiredService<UnsubscribeTokens>();

    private Task<int> ConsentEventsOfAAsync() => _world.WithDbAsync(db => db.ConsentEvents.CountAsync(e => e.MemberId == _world.MemberIdOfA));

    /// <summary>Rows that any POST of the portal could add or change, counted (and A's request, which some POSTs work on).</summary>
    private Task<string> CountsAsync() => _world.WithDbAsync(async db => string.Join('|',
        await db.Users.CountAsync(), await db.Members.CountAsync(), await db.Addresses.CountAsync(), await db.DetailsChanges.CountAsync(),
        await db.ConsentEvents.CountAsync(), await db.RightsRequests.CountAsync(), await db.RightsRequestEvents.CountAsync(),
        await db.Disclosures.CountAsync(), await db.ProcessingPurposeVersions.CountAsync(), await db.PrivacyNoticeVersions.CountAsync(),
        await db.NoticeAcknowledgements.CountAsync(), await db.OutboxMessages.CountAsync(), await db.AuditEvents.CountAsync(),
        await db.RightsRequests.Where(r => r.Id == _world.RequestIdOfA).Select(r => r.Status).SingleAsync()));
}

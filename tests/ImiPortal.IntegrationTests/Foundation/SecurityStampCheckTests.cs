using System.Net;
using ImiPortal.IntegrationTests.Infrastructure;
using ImiPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Foundation;

/// <summary>
/// The login cookie's security-stamp check runs only when it is due (every 30 minutes of a session), and when it is
/// due it still ends a session whose account changed its password or was erased elsewhere. The check runs on the
/// portal's clock (the test's, here), so the test can move time past the interval.
/// </summary>
public sealed class SecurityStampCheckTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public SecurityStampCheckTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public void IsDue_AsIdentitysValidatorDecides()
    {
        var issued = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var interval = TimeSpan.FromMinutes(30);

        Assert.True(SecurityStampCheck.IsDue(null, issued, interval));
        Assert.False(SecurityStampCheck.IsDue(issued, issued.AddMinutes(29), interval));
        Assert.False(SecurityStampCheck.IsDue(issued, issued.AddMinutes(30), interval));
        Assert.True(SecurityStampCheck.IsDue(issued, issued.AddMinutes(30).AddTicks(1), interval));
    }

    [Fact]
    public async Task ASessionWhoseStampChangedElsewhere_LastsUntilTheCheckIsDue_ThenEnds()
    {
        var user = await _factory.CreateMemberAsync("stamp-check@example.net");
        using var client = await _factory.LoginAsync("stamp-check@example.net");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Details")).StatusCode);

        // As a password change on another device does: the stored stamp no longer matches the cookie's.
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, "changed-elsewhere")));
        _factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Details")).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await client.GetAsync("/Details");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}

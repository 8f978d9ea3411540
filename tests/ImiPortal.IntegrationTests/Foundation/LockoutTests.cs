using System.Net;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Foundation;

public sealed class LockoutTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public LockoutTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_IsLockedEvenWithTheRightPassword()
    {
        await _factory.CreateMemberAsync("lockout@example.net");
        using var client = _factory.CreatePortalClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "lockout@example.net", ["Password"] = "Not-the-password-" + attempt });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("The email address or password is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "lockout@example.net", ["Password"] = "Not-the-password-5" });
        Assert.Equal("/Account/Lockout", fifth.Headers.Location?.PathAndQuery());

        var right = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "lockout@example.net", ["Password"] = PortalFactory.Password });
        Assert.Equal("/Account/Lockout", right.Headers.Location?.PathAndQuery());

        var user = await _factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "lockout@example.net")));
        Assert.NotNull(user.LockoutEnd);
        Assert.InRange(user.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(13), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Login_WithUnknownEmail_GivesTheSameMessageAsAWrongPassword()
    {
        using var client = _factory.CreatePortalClient();
        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "nobody-here@example.net", ["Password"] = "Whatever-password-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email address or password is not right", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_IsRecordedAsTechnicalData()
    {
        var user = await _factory.CreateMemberAsync("login-record@example.net");
        using var client = await _factory.LoginAsync("login-record@example.net");

        var records = await _factory.WithDbAsync(db => Task.FromResult(db.LoginRecords.Where(l => l.UserId == user.Id).ToList()));

        var record = Assert.Single(records);
        Assert.True(record.Succeeded);
        Assert.NotNull(record.MemberId);
    }
}

using System.Net;
using ImiPortal.Domain.Members;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Account;

public class RegistrationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public RegistrationTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Register_ThenConfirmFromEmail_ThenLogin_ReachesMyImiHome()
    {
        using var client = _factory.CreatePortalClient();
        var register = await client.SubmitFormAsync("/Account/Register", new()
        {
            ["FirstName"] = "Priya", ["LastName"] = "Ramanathan", ["Email"] = "priya@example.net",
            ["Password"] = PortalFactory.Password, ["ConfirmPassword"] = PortalFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);
        Assert.Equal("/Account/RegisterConfirmation", register.Headers.Location?.OriginalString);

        var member = await _factory.WithDbAsync(db => db.Members.SingleAsync(m => m.Email == "priya@example.net"));
        Assert.True(MembershipNumber.IsWellFormed(member.MembershipNumber));
        Assert.Equal("Ramanathan", member.LastName);

        // Before confirming, the login is refused with a way to get a new link.
        var early = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "priya@example.net", ["Password"] = PortalFactory.Password });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("confirm your email address", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var link = await Outbox.LinkAsync(_factory, "priya@example.net", "account.confirm-email");
        var confirm = await client.GetAsync(link);
        Assert.Contains("Email address confirmed", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var login = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "priya@example.net", ["Password"] = PortalFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var home = await client.GetDocumentAsync(login.Headers.Location!.OriginalString);
        Assert.Contains("Hello, Priya", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(member.MembershipNumber, home.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_WithInvalidInput_ShowsErrorsAndSavesNothing()
    {
        using var client = _factory.CreatePortalClient();
        var before = await _factory.WithDbAsync(db => db.Users.CountAsync());

        var response = await client.SubmitFormAsync("/Account/Register", new()
        {
            ["FirstName"] = "", ["LastName"] = new string('x', 101), ["Email"] = "not-an-email",
            ["Password"] = "short", ["ConfirmPassword"] = "different",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Enter your first name", summary, StringComparison.Ordinal);
        Assert.Contains("Last name must be 100 characters or fewer", summary, StringComparison.Ordinal);
        Assert.Contains("Enter an email address in the correct format", summary, StringComparison.Ordinal);
        Assert.Contains("Password must be at least 12 characters", summary, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Email-error"));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Members.CountAsync(m => m.Email == "not-an-email")));
    }

    [Fact]
    public async Task Register_WithCommonPassword_IsRefused()
    {
        using var client = _factory.CreatePortalClient();
        var response = await client.SubmitFormAsync("/Account/Register", new()
        {
            ["FirstName"] = "Sam", ["LastName"] = "Weak", ["Email"] = "weak@example.net",
            ["Password"] = "password1234", ["ConfirmPassword"] = "password1234",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too easy to guess", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Members.CountAsync(m => m.Email == "weak@example.net")));
    }

    [Fact]
    public async Task Register_PostWithoutAntiforgeryToken_IsRejected()
    {
        using var client = _factory.CreatePortalClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["FirstName"] = "No", ["LastName"] = "Token", ["Email"] = "notoken@example.net",
            ["Password"] = PortalFactory.Password, ["ConfirmPassword"] = PortalFactory.Password,
        });
        var response = await client.Http.PostAsync(new Uri("/Account/Register", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Members.CountAsync(m => m.Email == "notoken@example.net")));
    }
}

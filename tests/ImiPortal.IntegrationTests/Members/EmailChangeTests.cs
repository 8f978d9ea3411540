using System.Net;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Members;

public sealed class EmailChangeTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public EmailChangeTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task ChangeEmail_TakesEffectOnlyWhenTheLinkIsFollowed_AndTellsTheOldAddress()
    {
        var oldEmail = MembersKit.NewEmail("email-old");
        var newEmail = MembersKit.NewEmail("email-new");
        var (user, memberId) = await MembersKit.CreateMemberAsync(_factory, oldEmail);
        using var client = await _factory.LoginAsync(oldEmail);

        var request = await client.SubmitFormAsync("/Details/Email", new() { ["NewEmail"] = newEmail, ["CurrentPassword"] = PortalFactory.Password });

        Assert.Equal(HttpStatusCode.Redirect, request.StatusCode);
        var link = await Outbox.LinkAsync(_factory, newEmail, "account.confirm-new-email");
        Assert.DoesNotContain(newEmail, link, StringComparison.OrdinalIgnoreCase);
        var pending = await client.GetDocumentAsync("/Details");
        Assert.Contains(newEmail, pending.QuerySelector("[role=note]")!.TextContent, StringComparison.Ordinal);

        // Before the link: nothing has changed.
        Assert.Equal(oldEmail, await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Email).SingleAsync()));
        Assert.True(await CanLogInAsync(oldEmail));

        Assert.False(await CanLogInAsync(newEmail));
        Assert.DoesNotContain(await Outbox.ForAsync(_factory, oldEmail), m => m.Kind == "account.email-changed");

        // The link works from a browser where nobody is logged in.
        using var elsewhere = _factory.CreatePortalClient();
        var confirmed = await elsewhere.GetDocumentAsync(link);
        Assert.Equal("Email address changed", confirmed.QuerySelector("h1")!.TextContent);

        Assert.True(await CanLogInAsync(newEmail));
        Assert.False(await CanLogInAsync(oldEmail));
        var stored = await _factory.WithDbAsync(async db => (
            Member: await db.Members.Where(m => m.Id == memberId).Select(m => m.Email).SingleAsync(),
            User: await db.Users.Where(u => u.Id == user.Id).Select(u => new { u.UserName, u.Email, u.EmailConfirmed }).SingleAsync()));
        Assert.Equal(newEmail, stored.Member);
        Assert.Equal((newEmail, newEmail, true), (stored.User.UserName, stored.User.Email, stored.User.EmailConfirmed));
        var notice = Assert.Single(await Outbox.ForAsync(_factory, oldEmail), m => m.Kind == "account.email-changed");
        Assert.DoesNotContain(newEmail, notice.TextBody, StringComparison.OrdinalIgnoreCase);
        var change = Assert.Single(await MembersKit.HistoryAsync(_factory, memberId));
        Assert.Equal(["Email"], change.FieldNames);

        // The link works once.
        var reused = await elsewhere.GetDocumentAsync(link);
        Assert.Equal("This link does not work", reused.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task ChangeEmail_WithWrongPassword_IsRefusedAndSendsNothing()
    {
        var email = MembersKit.NewEmail("email-pw");
        var newEmail = MembersKit.NewEmail("email-pw-new");
        await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);

        var response = await client.SubmitFormAsync("/Details/Email", new() { ["NewEmail"] = newEmail, ["CurrentPassword"] = "not-the-password-at-all" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The password is not right", MembersKit.ErrorSummary(await PortalClient.ParseAsync(response)), StringComparison.Ordinal);
        Assert.Empty(await Outbox.ForAsync(_factory, newEmail));
    }

    [Fact]
    public async Task ChangeEmail_ToAnAddressAnotherAccountUses_IsRefusedWithoutSayingWhose()
    {
        var email = MembersKit.NewEmail("email-taken-me");
        var takenEmail = MembersKit.NewEmail("email-taken-other");
        await MembersKit.CreateMemberAsync(_factory, takenEmail, "Otto", "Holder");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);

        var response = await client.SubmitFormAsync("/Details/Email", new() { ["NewEmail"] = takenEmail.ToUpperInvariant(), ["CurrentPassword"] = PortalFactory.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("already used by another MyIMI account", MembersKit.ErrorSummary(page), StringComparison.Ordinal);
        Assert.DoesNotContain("Otto", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Holder", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(await Outbox.ForAsync(_factory, takenEmail), m => m.Kind == "account.confirm-new-email");
        Assert.Equal(email, await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Email).SingleAsync()));
    }

    [Fact]
    public async Task ConfirmEmail_WithATamperedCode_ChangesNothing()
    {
        var email = MembersKit.NewEmail("email-tamper");
        var newEmail = MembersKit.NewEmail("email-tamper-new");
        var (user, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);
        await client.SubmitFormAsync("/Details/Email", new() { ["NewEmail"] = newEmail, ["CurrentPassword"] = PortalFactory.Password });

        var page = await client.GetDocumentAsync($"/Details/ConfirmEmail?userId={user.Id}&code=AAAA");

        Assert.Equal("This link does not work", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(email, await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Email).SingleAsync()));
    }

    private async Task<bool> CanLogInAsync(string email)
    {
        using var client = _factory.CreatePortalClient();
        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = PortalFactory.Password });
        return response.StatusCode == HttpStatusCode.Redirect;
    }
}

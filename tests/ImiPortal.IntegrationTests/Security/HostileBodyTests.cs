using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// Bodies no browser would send, over real HTTP to Kestrel: invalid UTF-8, a value over the form limit and a body over
/// the request limit. Each is refused with a 4xx (never a 500) and nothing is saved — with a valid antiforgery token,
/// so that it is the body that is refused, not the missing token.
/// </summary>
public sealed class HostileBodyTests : IClassFixture<KestrelPortalFactory>
{
    private const string GoodPassword = "Correct-Horse-Battery-Staple-9";

    private readonly KestrelPortalFactory _factory;

    public HostileBodyTests(KestrelPortalFactory factory) => _factory = factory;

    [Fact]
    public async Task InvalidUtf8_InARegistration_IsRefusedWith400AndSavesNothing()
    {
        using var client = _factory.CreateTcpClient();
        var token = await TokenAsync(client, "/Account/Register");
        var email = $"utf8-{Guid.NewGuid():N}@example.net";
        var before = await CountsAsync();
        byte[] invalid = [0xFF, 0xFE, 0xC3, 0x28];
        var body = Concat(
            Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}&Title=Mr&FirstName=J"),
            invalid,
            Encoding.ASCII.GetBytes($"ne&LastName=Input&Email={Uri.EscapeDataString(email)}&Password={GoodPassword}&ConfirmPassword={GoodPassword}"));

        var response = await PostAsync(client, "/Account/Register", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, that did not work", (await PortalClient.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task PercentEncodedInvalidUtf8_IsKeptAsTheLiteralTextTyped_NeverAsBrokenCharacters()
    {
        using var client = _factory.CreateTcpClient();
        var token = await TokenAsync(client, "/Account/Register");
        var email = $"utf8-escaped-{Guid.NewGuid():N}@example.net";
        var body = Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}&Title=Mr&FirstName=J%FF%FE%C3%28ne&LastName=Input"
                                           + $"&Email={Uri.EscapeDataString(email)}&Password={GoodPassword}&ConfirmPassword={GoodPassword}");

        var response = await PostAsync(client, "/Account/Register", body);

        // The form decoder leaves an escape that is not UTF-8 as the text itself: stored as data, not as U+FFFD.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("J%FF%FE%C3(ne", await _factory.WithDbAsync(db => db.Members.Where(m => m.Email == email).Select(m => m.FirstName).SingleAsync()));
    }

    [Fact]
    public async Task BodyOverTheLimit_IsRefusedWith413AndSavesNothing()
    {
        using var client = _factory.CreateTcpClient();
        var token = await TokenAsync(client, "/PublicRequests/New?type=Access");
        var before = await CountsAsync();
        var body = Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}&Input.Type=Access&Input.FullName=Big&Input.Details="
                                           + new string('a', 2 * 1024 * 1024));

        var response = await PostAsync(client, "/PublicRequests/New", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("That was more than we accept", (await PortalClient.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task FormValueOverTheLimit_IsRefusedAndSavesNothing()
    {
        using var client = _factory.CreateTcpClient();
        var token = await TokenAsync(client, "/Account/Register");
        var before = await CountsAsync();
        var body = Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(token)}&FirstName={new string('a', 100 * 1024)}&LastName=Input"
                                           + $"&Email=big-{Guid.NewGuid():N}@example.net&Password={GoodPassword}&ConfirmPassword={GoodPassword}");

        var response = await PostAsync(client, "/Account/Register", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    private static async Task<string> TokenAsync(PortalClient client, string page) =>
        (await client.GetDocumentAsync(page)).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, string url, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private Task<string> CountsAsync() => _factory.WithDbAsync(async db => string.Join('|',
        await db.Users.CountAsync(), await db.Members.CountAsync(), await db.RightsRequests.CountAsync(), await db.OutboxMessages.CountAsync()));
}

using System.Net;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ImiPortal.IntegrationTests.StaffRequests.StaffKit;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>Who may see and work requests: member services and the privacy officer; decisions for the privacy officer only.</summary>
public sealed class AccessTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public AccessTests(PortalFactory factory) => _factory = factory;

    [Theory]
    [InlineData("Extend", "Extend.ExtensionReason", "Complex.")]
    [InlineData("Refuse", "Refuse.Reasoning", "Excessive.")]
    public async Task MemberServices_CannotExtendOrRefuse(string action, string field, string value)
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = Today(_factory), Email = $"ms-{action}@example.net" });
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync(DetailsUrl(request.Id));
        Assert.Empty(page.QuerySelectorAll($"form[action*='/{action}/']"));
        Assert.Contains("Only the privacy officer can extend a deadline or refuse a request.", page.Body!.TextContent, StringComparison.Ordinal);

        var response = await client.PostWithTokenAsync(DetailsUrl(request.Id), ActionUrl(action, request.Id), new()
        {
            [$"{action}.ConcurrencyStamp"] = request.ConcurrencyStamp.ToString(),
            [field] = value,
            ["Refuse.RefusalReason"] = "ManifestlyExcessive",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        var stored = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RightsRequestStatus.Received, stored.Status);
        Assert.False(stored.IsExtended);
        Assert.Empty(await Outbox.ForAsync(_factory, $"ms-{action}@example.net"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MembersAndAdministrators_CannotOpenTheQueueOrARequest(bool administrator)
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = Today(_factory) });
        PortalClient client;
        if (administrator)
        {
            (client, _) = await LoginStaffAsync(_factory, Roles.Administrator);
        }
        else
        {
            var email = $"member-{Guid.NewGuid():N}@example.net";
            await _factory.CreateMemberAsync(email);
            client = await _factory.LoginAsync(email);
        }

        foreach (var url in new[] { "/Staff/Requests", DetailsUrl(request.Id), "/Staff/Requests/Export" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await _factory.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Action == "request.viewed" && a.EntityId == request.Id.ToString())));
    }

    [Fact]
    public async Task Administrator_SeesTheBackOfficeWithoutRequestCounts()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.Administrator);

        var page = await client.GetDocumentAsync("/Staff");

        Assert.Equal("Back office", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("#requests-heading"));
    }

    [Fact]
    public async Task ViewingARequest_IsAuditLoggedWithTheViewer()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = Today(_factory), FullName = "Audit Subject" });
        var (client, staff) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync(DetailsUrl(request.Id));
        await client.GetDocumentAsync(DetailsUrl(request.Id));

        Assert.Contains("Audit Subject", page.Body!.TextContent, StringComparison.Ordinal);
        var views = await _factory.WithDbAsync(db => db.AuditEvents.Where(a => a.Action == "request.viewed" && a.EntityId == request.Id.ToString()).ToListAsync());
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal(staff.Id, v.ActorUserId));
        Assert.All(views, v => Assert.DoesNotContain("Audit Subject", v.Details ?? "", StringComparison.Ordinal));
    }
}

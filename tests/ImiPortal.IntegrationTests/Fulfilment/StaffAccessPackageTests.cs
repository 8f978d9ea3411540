using System.IO.Compression;
using System.Net;
using System.Text.Json;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Fulfilment;

public sealed class StaffAccessPackageTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public StaffAccessPackageTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task MemberServices_DownloadsTheAccessPackage_ForADsar_AndItIsAudited()
    {
        var requestId = await SeedDsarAsync("dsar-subject@example.net", "Philippa");
        await _factory.CreateStaffAsync("services-package@example.net", Roles.MemberServices);
        using var staff = await _factory.LoginAsync("services-package@example.net");

        var response = await staff.GetAsync($"/Staff/AccessPackages/ForRequest/{requestId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        using var json = await JsonDocument.ParseAsync(zip.GetEntry("my-imi-data.json")!.Open());
        Assert.Equal("Philippa", json.RootElement.GetProperty("data").GetProperty("Member")[0].GetProperty("FirstName").GetString());
        Assert.True(await _factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "member.access-package.generated" && a.EntityId == requestId.ToString())));
    }

    [Fact]
    public async Task AMember_CannotDownloadAnAccessPackageFromTheStaffArea()
    {
        var requestId = await SeedDsarAsync("dsar-own@example.net", "Own");
        using var member = await _factory.LoginAsync("dsar-own@example.net");

        var response = await member.GetAsync($"/Staff/AccessPackages/ForRequest/{requestId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    private async Task<Guid> SeedDsarAsync(string email, string firstName)
    {
        var user = await _factory.CreateMemberAsync(email, firstName);
        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var member = await db.Members.SingleAsync(m => m.UserId == user.Id);
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var request = new RightsRequest
        {
            Reference = RequestReference.NewReference(), Type = RightsRequestType.Access, Channel = RequestChannel.MyImi,
            Status = RightsRequestStatus.Received, MemberId = member.Id, FullName = firstName, Email = email,
            ReceivedOn = Domain.UkTime.DateOf(now), CreatedAt = now,
        };
        scope.ServiceProvider.GetRequiredService<RequestDeadlines>().Refresh(request);
        db.RightsRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }
}

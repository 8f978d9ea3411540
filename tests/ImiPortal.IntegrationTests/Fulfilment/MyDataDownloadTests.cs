using System.IO.Compression;
using System.Net;
using System.Text.Json;
using ImiPortal.Domain.Members;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Fulfilment;

public sealed class MyDataDownloadTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public MyDataDownloadTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Member_DownloadsEverythingHeld_AsJsonAndHtml_WithTheSupplementaryInformation()
    {
        var user = await _factory.CreateMemberAsync("download@example.net", "Ottoline", "Gravesend");
        await _factory.WithDbAsync(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.UserId == user.Id);
            member.Phone = "+441632960555";
            member.Addresses.Add(new Address { Kind = AddressKind.Billing, Line1 = "9 Package Lane", Town = "Hertford", Postcode = "SG14 1AB" });
            return await db.SaveChangesAsync();
        });
        using var client = await _factory.LoginAsync("download@example.net");

        var files = await DownloadAsync(client, "access");

        using var json = JsonDocument.Parse(files["my-imi-data.json"]);
        var data = json.RootElement.GetProperty("data");
        var member = data.GetProperty("Member")[0];
        Assert.Equal("Ottoline", member.GetProperty("FirstName").GetString());
        Assert.Equal("+441632960555", member.GetProperty("Phone").GetString());
        Assert.Equal("SG14 1AB", data.GetProperty("Address")[0].GetProperty("Postcode").GetString());
        Assert.Equal("download@example.net", data.GetProperty("ApplicationUser")[0].GetProperty("Email").GetString());
        Assert.False(data.GetProperty("ApplicationUser")[0].TryGetProperty("PasswordHash", out _));
        Assert.True(data.GetProperty("LoginRecord").GetArrayLength() >= 1);
        var supplementary = json.RootElement.GetProperty("supplementaryInformation");
        Assert.True(supplementary.GetProperty("purposes").GetArrayLength() >= 9);
        Assert.Contains("ico.org.uk", supplementary.GetProperty("complaints").GetString(), StringComparison.Ordinal);

        Assert.Contains("Gravesend", files["my-imi-data.html"], StringComparison.Ordinal);
        Assert.Contains("Why we hold your data", files["my-imi-data.html"], StringComparison.Ordinal);
        var audited = await _factory.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Action == "member.data.access-downloaded"));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task Member_DownloadsPortableData_WithOnlyWhatTheyProvided()
    {
        await _factory.CreateMemberAsync("portable@example.net", "Perpetua", "Carry");
        using var client = await _factory.LoginAsync("portable@example.net");

        var files = await DownloadAsync(client, "portable");

        using var json = JsonDocument.Parse(files["my-imi-data.json"]);
        var member = json.RootElement.GetProperty("data").GetProperty("Member")[0];
        Assert.Equal("Perpetua", member.GetProperty("FirstName").GetString());
        Assert.False(member.TryGetProperty("MembershipNumber", out _));
        Assert.False(json.RootElement.GetProperty("data").TryGetProperty("LoginRecord", out _));
        Assert.StartsWith("table,row,field,value", files["my-imi-data.csv"].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Member,1,FirstName,Perpetua", files["my-imi-data.csv"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_WithWrongPassword_IsRefused()
    {
        await _factory.CreateMemberAsync("wrong-password-download@example.net");
        using var client = await _factory.LoginAsync("wrong-password-download@example.net");

        var response = await client.SubmitFormAsync("/MyData", new() { ["Password"] = "Not-my-password-123", ["Kind"] = "access" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That password is not right", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadLink_OfAnotherMember_DoesNotWork()
    {
        await _factory.CreateMemberAsync("link-owner@example.net");
        await _factory.CreateMemberAsync("link-thief@example.net");
        using var owner = await _factory.LoginAsync("link-owner@example.net");
        var confirm = await owner.SubmitFormAsync("/MyData", new() { ["Password"] = PortalFactory.Password, ["Kind"] = "access" });
        var link = confirm.Headers.Location!.PathAndQuery();

        using var thief = await _factory.LoginAsync("link-thief@example.net");
        var stolen = await thief.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, stolen.StatusCode);
        Assert.Equal("/MyData", stolen.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task DownloadLink_AfterThePasswordChanges_NoLongerWorks()
    {
        var user = await _factory.CreateMemberAsync("stamp@example.net");
        using var client = await _factory.LoginAsync("stamp@example.net");
        var confirm = await client.SubmitFormAsync("/MyData", new() { ["Password"] = PortalFactory.Password, ["Kind"] = "access" });
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, "changed")));

        var response = await client.GetAsync(confirm.Headers.Location!.PathAndQuery());

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<Dictionary<string, string>> DownloadAsync(PortalClient client, string kind)
    {
        var confirm = await client.SubmitFormAsync("/MyData", new() { ["Password"] = PortalFactory.Password, ["Kind"] = kind });
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var download = await client.GetAsync(confirm.Headers.Location!.PathAndQuery());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);

        using var zip = new ZipArchive(await download.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var files = new Dictionary<string, string>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            files[entry.Name] = await reader.ReadToEndAsync();
        }

        return files;
    }
}

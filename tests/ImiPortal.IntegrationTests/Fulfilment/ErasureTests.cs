using System.Net;
using System.Text;
using ImiPortal.Domain.Commerce;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Processing;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Erasure;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ImiPortal.IntegrationTests.Fulfilment;

public class ErasureTests : IClassFixture<PortalFactory>
{
    private const string FirstName = "Quintessa";
    private const string LastName = "Marchbanks";
    private const string Email = "qm-erase-8812@example.net";
    private const string Phone = "+441632960999";
    private const string Postcode = "SG99 9ZZ";

    private readonly PortalFactory _factory;

    public ErasureTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Erasure_LeavesNoneOfTheSubjectsValuesInTheDatabaseFile_AndSuppressesThemFromMarketing()
    {
        var (memberId, requestId) = await SeedSubjectAsync(FirstName, LastName, Email, Phone, Postcode, dateOfBirth: new DateOnly(1979, 4, 3));
        await _factory.CreateStaffAsync("dpo-erasure@example.net", Roles.PrivacyOfficer);
        using var dpo = await _factory.LoginAsync("dpo-erasure@example.net");

        var preview = await dpo.GetDocumentAsync($"/Staff/Erasure/Preview/{requestId}");
        Assert.Contains("Deleted", preview.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Companies Act", preview.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var number = await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.MembershipNumber).SingleAsync());

        var wrong = await dpo.SubmitFormAsync($"/Staff/Erasure/Preview/{requestId}", new() { ["MembershipNumber"] = "IMI00000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Null(await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.ErasedAt).SingleAsync()));

        var erase = await dpo.SubmitFormAsync($"/Staff/Erasure/Preview/{requestId}", new() { ["MembershipNumber"] = number });
        Assert.Equal(HttpStatusCode.Redirect, erase.StatusCode);

        // The completion notice is still delivered, then its row goes too.
        await DispatchAllAsync();
        var request = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Id == requestId));
        Assert.Equal(RightsRequestStatus.Completed, request.Status);
        Assert.Null(request.Email);
        Assert.True(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.DisabledAt != null && u.PasswordHash == null)));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = await DatabaseBytesAsync();
        foreach (var value in new[] { FirstName, LastName, Email, Phone, Postcode, "1979-04-03", number })
        {
            Assert.False(Contains(bytes, value), $"'{value}' is still in the database file after erasure");
        }

        // Registering again with the erased address: a new account, never marketed to.
        var again = await _factory.CreateMemberAsync(Email.ToUpperInvariant());
        Assert.True(await _factory.WithDbAsync(db => db.Members.Where(m => m.UserId == again.Id).Select(m => m.IsMarketingSuppressed).SingleAsync()));
    }

    [Fact]
    public async Task Erasure_BeforeIdentityIsVerified_IsRefusedAndChangesNothing()
    {
        var (memberId, requestId) = await SeedSubjectAsync("Unverified", "Person", "unverified-erase@example.net", null, "AB1 2CD", verified: false);
        await _factory.CreateStaffAsync("dpo-unverified@example.net", Roles.PrivacyOfficer);
        using var dpo = await _factory.LoginAsync("dpo-unverified@example.net");
        var number = await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.MembershipNumber).SingleAsync());

        var response = await dpo.SubmitFormAsync($"/Staff/Erasure/Preview/{requestId}", new() { ["MembershipNumber"] = number });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Verify the requester", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Unverified", await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.FirstName).SingleAsync()));
    }

    [Fact]
    public async Task ErasurePages_AreForThePrivacyOfficerOnly()
    {
        var (_, requestId) = await SeedSubjectAsync("Role", "Check", "role-check-erase@example.net", null, "AB1 2CD");
        await _factory.CreateStaffAsync("services-erasure@example.net", Roles.MemberServices);
        using var services = await _factory.LoginAsync("services-erasure@example.net");

        var response = await services.GetAsync($"/Staff/Erasure/Preview/{requestId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    private async Task<(Guid MemberId, Guid RequestId)> SeedSubjectAsync(string first, string last, string email, string? phone, string postcode, bool verified = true, DateOnly? dateOfBirth = null)
    {
        var user = await _factory.CreateMemberAsync(email, first, last);
        using (var client = await _factory.LoginAsync(email))
        {
            await client.GetAsync("/MyImi");
        }

        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var member = await db.Members.SingleAsync(m => m.UserId == user.Id);
        member.Phone = phone;
        // Only the erased subject has the distinctive birth date the file scan looks for.
        member.DateOfBirth = dateOfBirth ?? new DateOnly(1990, 1, 1);
        member.Addresses.Add(new Address { Kind = AddressKind.Billing, Line1 = "12 Erasure Row", Town = "Ware", Postcode = postcode });
        var order = new Order { MemberId = member.Id, OrderNumber = "ORD-" + Guid.NewGuid().ToString("N")[..12], PlacedAt = DateTime.UtcNow, Description = "Training course", TotalPence = 9900 };
        order.Payments.Add(new Payment { MemberId = member.Id, PaidAt = DateTime.UtcNow, AmountPence = 9900, ProviderReference = "pay_x", CardLast4 = "1111" });
        db.Orders.Add(order);
        db.Disclosures.Add(new Disclosure { MemberId = member.Id, RecipientId = await db.Recipients.Select(r => r.Id).FirstAsync(), DisclosedAt = DateTime.UtcNow, Description = "Achievement record" });
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var request = new RightsRequest
        {
            Reference = RequestReference.NewReference(), Type = RightsRequestType.Erasure, Channel = RequestChannel.MyImi,
            Status = verified ? RightsRequestStatus.InProgress : RightsRequestStatus.Received,
            MemberId = member.Id, FullName = $"{first} {last}", Email = email, Phone = phone, Details = $"Please erase {first} {last}",
            ReceivedOn = Domain.UkTime.DateOf(now), CreatedAt = now,
            IdentityVerifiedBy = verified ? IdentityVerificationMethod.LoggedInSession : null, IdentityVerifiedAt = verified ? now : null,
        };
        request.Events.Add(new RightsRequestEvent { Kind = RightsRequestEventKind.Submitted, OccurredAt = now, MemberId = member.Id, Note = $"From {first}" });
        scope.ServiceProvider.GetRequiredService<RequestDeadlines>().Refresh(request);
        db.RightsRequests.Add(request);
        scope.ServiceProvider.GetRequiredService<IEmailOutbox>().Add(new EmailMessage("test.earlier", email, "Earlier", $"Dear {first} {last}"));
        await db.SaveChangesAsync();
        return (member.Id, request.Id);
    }

    private async Task DispatchAllAsync()
    {
        await using var scope = _factory.Scope();
        var dispatcher = new OutboxDispatcher(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), new NullTransport(),
            Options.Create(new EmailOptions()), _factory.Clock, NullLogger<OutboxDispatcher>.Instance);
        while (await dispatcher.DispatchBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    private async Task<byte[]> DatabaseBytesAsync()
    {
        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (db.Database.IsNpgsql())
        {
            return await ServerRowsAsync(db);
        }

        var connectionString = db.Database.GetConnectionString()!;
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var all = new List<byte>();
        foreach (var file in new[] { path, path + "-wal", path + "-journal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            all.AddRange(memory.ToArray());
        }

        return [.. all];
    }

    /// <summary>On a server there is no file to read: every row of every table, as text.</summary>
    private static async Task<byte[]> ServerRowsAsync(PortalDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT t::text FROM \"{table}\" t";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static bool Contains(byte[] haystack, string value) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0
        || haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value.ToUpperInvariant())) >= 0;

    private sealed class NullTransport : IEmailTransport
    {
        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

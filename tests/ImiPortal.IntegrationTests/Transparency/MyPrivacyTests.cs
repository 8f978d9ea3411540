using System.Net;
using ImiPortal.Domain.Commerce;
using ImiPortal.Domain.PersonalData;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Data.Seeding;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.PersonalData;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Transparency;

public sealed class MyPrivacyTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public MyPrivacyTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task MyPrivacy_ListsExactlyTheCategoriesHeld_AndTransactionDataOnlyOnceTheMemberHasAnOrder()
    {
        var user = await _factory.CreateMemberAsync("mine-orders@example.net", "Ada", "Lovelace");
        using var client = await _factory.LoginAsync("mine-orders@example.net");

        var before = await HeldCategoriesOnPageAsync(client);
        Assert.Equal(await CategoryNamesHeldAsync(user.Id), before);
        Assert.Contains("Identity", before);
        Assert.Contains("Contact", before);
        Assert.DoesNotContain("Transaction", before);
        Assert.DoesNotContain("Financial", before);

        await _factory.WithDbAsync(async db =>
        {
            var memberId = await db.Members.Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync();
            db.Orders.Add(new Order { MemberId = memberId, OrderNumber = "ORD-MINE-1", PlacedAt = _factory.Clock.GetUtcNow().UtcDateTime, Description = "Annual membership", TotalPence = 12_500 });
            return await db.SaveChangesAsync();
        });

        var after = await HeldCategoriesOnPageAsync(client);
        Assert.Equal(await CategoryNamesHeldAsync(user.Id), after);
        Assert.Contains("Transaction", after);
        Assert.DoesNotContain("Financial", after);
        var page = await client.GetDocumentAsync("/Privacy/Mine");
        var transaction = page.QuerySelectorAll("#held-categories tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Transaction");
        Assert.Contains("products and services you have purchased", transaction.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyPrivacy_ShowsOnlyPurposesThatUseDataWeHold_WithTheirBasesAndRetention()
    {
        var user = await _factory.CreateMemberAsync("mine-purposes@example.net");
        using var client = await _factory.LoginAsync("mine-purposes@example.net");
        // A purpose that uses nothing this member has given us must not be listed.
        await _factory.WithDbAsync(async db =>
        {
            var purpose = await db.ProcessingPurposes.Include(p => p.Categories).SingleAsync(p => p.Key == "competitions");
            purpose.Categories.Clear();
            purpose.Categories.Add(new PurposeCategory { Category = DataCategory.SpecialCategory });
            return await db.SaveChangesAsync();
        });

        var page = await client.GetDocumentAsync("/Privacy/Mine");

        var purposes = page.QuerySelectorAll("#purposes h3").Select(h => h.TextContent).ToList();
        Assert.Contains(purposes, p => p.StartsWith("To register or renew you as a member", StringComparison.Ordinal));
        Assert.DoesNotContain(purposes, p => p.StartsWith("To enable you to partake in a prize draw", StringComparison.Ordinal));
        var membership = page.QuerySelectorAll("#purposes .purpose").First(p => p.QuerySelector("h3")!.TextContent.StartsWith("To register or renew", StringComparison.Ordinal));
        Assert.Contains("Performance of a contract with you", membership.TextContent, StringComparison.Ordinal);
        Assert.Contains("To run the professional register", membership.TextContent, StringComparison.Ordinal);
        Assert.Contains("7 years", membership.TextContent, StringComparison.Ordinal);
        Assert.Contains(RecipientSeeds.Public, membership.TextContent, StringComparison.Ordinal);
        Assert.Contains("Outside the UK where cloud hosting requires it", page.QuerySelector("#transfers")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("35 days", page.QuerySelector("#backups")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#rights a[href='/Requests/New?type=Access']"));
        Assert.NotNull(page.QuerySelector("#rights a[href='/Preferences']"));
        Assert.NotNull(page.QuerySelector("#rights a[href='/MyData']"));
        Assert.NotNull(page.QuerySelector("#complain a[href='https://ico.org.uk/make-a-complaint/']"));
        Assert.Contains("0303 123 1113", page.QuerySelector("#complain")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("We have no record of sharing your data", page.QuerySelector("#disclosures")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, user.Id);
    }

    [Fact]
    public async Task DisclosureRecordedByStaff_AppearsOnTheMembersPrivacyPage_AndIsAudited()
    {
        var member = await _factory.CreateMemberAsync("mine-shared@example.net");
        var number = await _factory.WithDbAsync(db => db.Members.Where(m => m.UserId == member.Id).Select(m => m.MembershipNumber).SingleAsync());
        var dvsa = await _factory.WithDbAsync(db => db.Recipients.Where(r => r.Name == RecipientSeeds.Dvsa).Select(r => r.Id).SingleAsync());
        var awarding = await _factory.WithDbAsync(db => db.ProcessingPurposes.Where(p => p.Key == "awarding").Select(p => p.Id).SingleAsync());
        var staff = await _factory.CreateStaffAsync("mine-staff@example.net", Roles.MemberServices);
        using var staffClient = await _factory.LoginAsync("mine-staff@example.net");

        var recorded = await staffClient.SubmitFormAsync($"/Staff/Disclosures/New?membershipNumber={number}", new()
        {
            ["MembershipNumber"] = number,
            ["RecipientId"] = dvsa.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PurposeId"] = awarding.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DisclosedOn"] = "2026-11-20",
            ["Description"] = "MOT tester assessment result, for the annual assessment",
        });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal($"/Staff/Disclosures?membershipNumber={number}", recorded.Headers.Location!.PathAndQuery());
        var log = await staffClient.GetDocumentAsync(recorded.Headers.Location!.PathAndQuery());
        Assert.Contains("MOT tester assessment result", log.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        using var memberClient = await _factory.LoginAsync("mine-shared@example.net");
        var page = await memberClient.GetDocumentAsync("/Privacy/Mine");
        var row = page.QuerySelector("#disclosures tbody tr")!;
        Assert.Equal("20 November 2026", row.QuerySelector("th")!.TextContent);
        Assert.Contains(RecipientSeeds.Dvsa, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("MOT tester assessment result, for the annual assessment", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("regulated awarding organisation", row.TextContent, StringComparison.Ordinal);

        var audit = await _factory.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "disclosure.recorded" && e.ActorUserId == staff.Id));
        Assert.DoesNotContain("MOT tester", audit.Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordDisclosure_WithFutureDateUnknownNumberAndNoDescription_ShowsErrorsAndSavesNothing()
    {
        await _factory.CreateStaffAsync("mine-staff-errors@example.net", Roles.MemberServices);
        using var staffClient = await _factory.LoginAsync("mine-staff-errors@example.net");
        var before = await _factory.WithDbAsync(db => db.Disclosures.CountAsync());

        var response = await staffClient.SubmitFormAsync("/Staff/Disclosures/New", new()
        {
            ["MembershipNumber"] = "IMI00000000",
            ["RecipientId"] = "",
            ["DisclosedOn"] = "2030-01-01",
            ["Description"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await PortalClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Choose who the data was shared with", summary, StringComparison.Ordinal);
        Assert.Contains("must be today or in the past", summary, StringComparison.Ordinal);
        Assert.Contains("Describe what was shared and why", summary, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Disclosures.CountAsync()));

        var unknown = await staffClient.SubmitFormAsync("/Staff/Disclosures/New", new()
        {
            ["MembershipNumber"] = "IMI00000000",
            ["RecipientId"] = (await _factory.WithDbAsync(db => db.Recipients.Select(r => r.Id).FirstAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DisclosedOn"] = "2026-11-20",
            ["Description"] = "Name and membership status",
        });
        Assert.Contains("No member has that membership number", (await PortalClient.ParseAsync(unknown)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Disclosures.CountAsync()));
    }

    [Fact]
    public async Task MyPrivacy_ForStaffWithoutMemberRecord_IsDenied()
    {
        await _factory.CreateStaffAsync("mine-staff-only@example.net", Roles.PrivacyOfficer);
        using var client = await _factory.LoginAsync("mine-staff-only@example.net");

        var response = await client.GetAsync("/Privacy/Mine");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    private static async Task<List<string>> HeldCategoriesOnPageAsync(PortalClient client)
    {
        var page = await client.GetDocumentAsync("/Privacy/Mine");
        return [.. page.QuerySelectorAll("#held-categories tbody th[scope=row]").Select(th => th.TextContent)];
    }

    /// <summary>What the data actually holds, asked of the reader directly, named as the page names them.</summary>
    private async Task<List<string>> CategoryNamesHeldAsync(Guid userId)
    {
        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ImiPortal.Infrastructure.Data.PortalDbContext>();
        var memberId = await db.Members.Where(m => m.UserId == userId).Select(m => m.Id).SingleAsync();
        var held = await scope.ServiceProvider.GetRequiredService<SubjectDataReader>().CategoriesHeldAsync(new DataSubject(memberId, userId), CancellationToken.None);
        return [.. PolicyCategories.All.Where(c => held.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Name)];
    }
}

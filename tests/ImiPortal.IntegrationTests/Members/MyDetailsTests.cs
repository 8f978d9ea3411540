using System.Net;
using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Data;
using ImiPortal.IntegrationTests.Infrastructure;
using ImiPortal.Web.Handlers.Members;
using ImiPortal.Web.Models.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Members;

public sealed class MyDetailsTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public MyDetailsTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Save_EveryField_IsStoredShownBackAndRecordedByNameOnly()
    {
        var email = MembersKit.NewEmail("details-all");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);

        var response = await client.SubmitFormAsync("/Details", MembersKit.AllFields(), "/Details");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Details", response.Headers.Location!.PathAndQuery());
        var member = await _factory.WithDbAsync(db => db.Members.AsNoTracking().Include(m => m.Addresses).SingleAsync(m => m.Id == memberId));
        Assert.Equal(("Dr", "Aisha", "Khan", "Patel-Jones"), (member.Title, member.FirstName, member.MaidenName, member.LastName));
        Assert.Equal(new DateOnly(1985, 6, 14), member.DateOfBirth);
        Assert.Equal(("Female", "Married"), (member.Gender, member.MaritalStatus));
        Assert.Equal("+441992519025", member.Phone);
        var billing = member.Addresses.Single(a => a.Kind == AddressKind.Billing);
        Assert.Equal(("Fanshaws", "Brickendon", "Hertford", "Hertfordshire", "SG13 8PQ", "GB"), (billing.Line1, billing.Line2, billing.Town, billing.County, billing.Postcode, billing.CountryCode));
        var delivery = member.Addresses.Single(a => a.Kind == AddressKind.Delivery);
        Assert.Equal(("Unit 4", "Leeds", "LS1 4DY"), (delivery.Line1, delivery.Town, delivery.Postcode));

        var page = await client.GetDocumentAsync("/Details");
        Assert.Equal("Aisha", MembersKit.ValueOf(page, "Input_FirstName"));
        Assert.Equal("1985-06-14", MembersKit.ValueOf(page, "Input_DateOfBirth"));
        Assert.Equal("01992 519025", MembersKit.ValueOf(page, "Input_Phone"));
        Assert.Equal("Married", MembersKit.ValueOf(page, "Input_MaritalStatus"));
        Assert.Equal("SG13 8PQ", MembersKit.ValueOf(page, "Input_Billing_Postcode"));
        Assert.Equal("LS1 4DY", MembersKit.ValueOf(page, "Input_Delivery_Postcode"));
        Assert.Contains("Last updated 25 November 2026 by you", page.QuerySelector(".last-updated")!.TextContent, StringComparison.Ordinal);
        var historyRow = page.QuerySelector("table.details-history tbody tr")!.TextContent;
        Assert.Contains("Title, first name, maiden name, last name, date of birth, gender, marital status, phone number, billing address and delivery address", historyRow, StringComparison.Ordinal);
        Assert.Contains("You", historyRow, StringComparison.Ordinal);

        var change = Assert.Single(await MembersKit.HistoryAsync(_factory, memberId));
        Assert.Equal(
            ["Title", "FirstName", "MaidenName", "LastName", "DateOfBirth", "Gender", "MaritalStatus", "Phone", "BillingAddress", "DeliveryAddress"],
            change.FieldNames);
        Assert.False(change.ChangedByStaff);
        Assert.Null(change.Reason);
        var audit = await _factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.SubjectMemberId == memberId && e.Action == "member.details.changed"));
        foreach (var value in new[] { "Aisha", "Khan", "Patel", "1985", "Female", "Married", "519025", "Fanshaws", "SG13", "Leeds", "LS1" })
        {
            Assert.DoesNotContain(value, change.Fields, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(value, audit.Details ?? "", StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Save_WithDeliverySameAsBilling_RemovesTheDeliveryAddress()
    {
        var email = MembersKit.NewEmail("details-same");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);
        await client.SubmitFormAsync("/Details", MembersKit.AllFields(), "/Details");

        var response = await client.SubmitFormAsync("/Details", MembersKit.AllFields().With("Input.DeliverySameAsBilling", "true"), "/Details");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var kinds = await _factory.WithDbAsync(db => db.Addresses.Where(a => a.MemberId == memberId).Select(a => a.Kind).ToListAsync());
        Assert.Equal([AddressKind.Billing], kinds);
        var last = (await MembersKit.HistoryAsync(_factory, memberId))[^1];
        Assert.Equal(["DeliveryAddress"], last.FieldNames);
        var page = await client.GetDocumentAsync("/Details");
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("Input_DeliverySameAsBilling")!).IsChecked);
    }

    [Fact]
    public async Task Save_WithTheDeliveryBoxUnticked_KeepsTheDeliveryAddress()
    {
        var email = MembersKit.NewEmail("details-unticked");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);
        // As a browser sends an unticked box: nothing for the box itself, only what else the form holds.
        var fields = MembersKit.AllFields();
        fields.Remove("Input.DeliverySameAsBilling");

        var response = await client.SubmitFormAsync("/Details", fields, "/Details");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var delivery = await _factory.WithDbAsync(db => db.Addresses.Where(a => a.MemberId == memberId && a.Kind == AddressKind.Delivery).Select(a => a.Postcode).ToListAsync());
        Assert.Equal(["LS1 4DY"], delivery);
        var page = await client.GetDocumentAsync("/Details");
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("Input_DeliverySameAsBilling")!).IsChecked);
    }

    [Fact]
    public async Task Save_WithInternationalPhoneAndForeignAddress_StoresE164AndShowsInternationalFormat()
    {
        var email = MembersKit.NewEmail("details-intl");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);

        var response = await client.SubmitFormAsync("/Details", MembersKit.AllFields()
            .With("Input.Phone", "+33 1 42 68 53 00")
            .With("Input.Billing.Country", "FR").With("Input.Billing.Postcode", "75008").With("Input.Billing.Town", "Paris"), "/Details");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var member = await _factory.WithDbAsync(db => db.Members.AsNoTracking().Include(m => m.Addresses).SingleAsync(m => m.Id == memberId));
        Assert.Equal("+33142685300", member.Phone);
        Assert.Equal(("75008", "FR"), member.Addresses.Where(a => a.Kind == AddressKind.Billing).Select(a => (a.Postcode, a.CountryCode)).Single());
        var page = await client.GetDocumentAsync("/Details");
        Assert.Equal("+33 1 42 68 53 00", MembersKit.ValueOf(page, "Input_Phone"));
    }

    [Fact]
    public async Task Save_WithNothingChanged_RecordsNoHistory()
    {
        var email = MembersKit.NewEmail("details-same-values");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);
        await client.SubmitFormAsync("/Details", MembersKit.AllFields(), "/Details");

        var again = await client.SubmitFormAsync("/Details", MembersKit.AllFields().With("Input.Billing.Postcode", "SG138PQ"), "/Details");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Single(await MembersKit.HistoryAsync(_factory, memberId));
    }

    [Theory]
    [InlineData("Input.Billing.Postcode", "NOT A CODE", "Enter a real UK postcode for your billing address")]
    [InlineData("Input.Delivery.Postcode", "12345", "Enter a real UK postcode for your delivery address")]
    [InlineData("Input.Phone", "12345", "Enter a real phone number")]
    [InlineData("Input.Phone", "call me maybe", "Enter a real phone number")]
    [InlineData("Input.DateOfBirth", "2027-01-01", "Date of birth must be in the past")]
    [InlineData("Input.DateOfBirth", "1890-05-01", "Date of birth must be within the last 120 years")]
    [InlineData("Input.DateOfBirth", "2015-01-01", "Date of birth must be at least 16 years ago")]
    [InlineData("Input.DateOfBirth", "31/02/1990", "Enter the date of birth as a real date")]
    [InlineData("Input.FirstName", "", "Enter a first name")]
    [InlineData("Input.Gender", "Wizard", "Choose a gender from the list")]
    [InlineData("Input.Billing.Town", "", "Enter the town or city of your billing address")]
    [InlineData("Input.Billing.Country", "ZZ", "Choose the country of your billing address")]
    public async Task Save_WithBadInput_ShowsTheMessageAndSavesNothing(string field, string value, string message)
    {
        await AssertRefusedAsync(MembersKit.AllFields().With(field, value), field, message);
    }

    [Theory]
    [InlineData("Input.FirstName", 101, "First name must be 100 characters or fewer")]
    [InlineData("Input.MaidenName", 101, "Maiden name must be 100 characters or fewer")]
    [InlineData("Input.LastName", 101, "Last name must be 100 characters or fewer")]
    [InlineData("Input.Title", 21, "Title must be 20 characters or fewer")]
    [InlineData("Input.Billing.Line1", 101, "The first line of the billing address must be 100 characters or fewer")]
    [InlineData("Input.Delivery.Town", 61, "The town or city of the delivery address must be 60 characters or fewer")]
    public async Task Save_WithOverLongValue_ShowsTheMessageAndSavesNothing(string field, int length, string message)
    {
        await AssertRefusedAsync(MembersKit.AllFields().With(field, new string('x', length)), field, message);
    }

    [Fact]
    public async Task Save_ForAnotherMembersId_ChangesOnlyTheLoggedInMember()
    {
        var victimEmail = MembersKit.NewEmail("details-victim");
        var (_, victimId) = await MembersKit.CreateMemberAsync(_factory, victimEmail, "Victor", "Original");
        var before = await MembersKit.SnapshotAsync(_factory, victimId);
        var attackerEmail = MembersKit.NewEmail("details-attacker");
        var (_, attackerId) = await MembersKit.CreateMemberAsync(_factory, attackerEmail);
        using var client = await _factory.LoginAsync(attackerEmail);
        var victimStamp = await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == victimId).Select(m => m.ConcurrencyStamp).SingleAsync());
        var fields = MembersKit.AllFields().With("Input.FirstName", "Hacked")
            .With("Input.ConcurrencyStamp", victimStamp.ToString())
            .With("Id", victimId.ToString()).With("MemberId", victimId.ToString()).With("Input.MemberId", victimId.ToString()).With("Input.Id", victimId.ToString());

        var response = await client.SubmitFormAsync("/Details", fields, "/Details");
        var withRoute = await client.PostWithTokenAsync("/Details", $"/Details/Index/{victimId}?id={victimId}&memberId={victimId}", fields);

        Assert.Equal(before, await MembersKit.SnapshotAsync(_factory, victimId));
        Assert.Empty(await MembersKit.HistoryAsync(_factory, victimId));
        // The form only ever edits the logged-in member, whose stamp the victim's is not: both posts are refused as stale.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withRoute.StatusCode);
        Assert.NotEqual("Hacked", await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == attackerId).Select(m => m.FirstName).SingleAsync()));
    }

    [Fact]
    public async Task Save_WithPostedIdsButOwnStamp_ChangesOnlyTheLoggedInMember()
    {
        var victimEmail = MembersKit.NewEmail("details-victim2");
        var (_, victimId) = await MembersKit.CreateMemberAsync(_factory, victimEmail, "Vera", "Original");
        var before = await MembersKit.SnapshotAsync(_factory, victimId);
        var attackerEmail = MembersKit.NewEmail("details-attacker2");
        var (_, attackerId) = await MembersKit.CreateMemberAsync(_factory, attackerEmail);
        using var client = await _factory.LoginAsync(attackerEmail);

        var response = await client.SubmitFormAsync("/Details", MembersKit.AllFields().With("Input.FirstName", "Hacked")
            .With("Id", victimId.ToString()).With("MemberId", victimId.ToString()).With("Input.MemberId", victimId.ToString()), "/Details");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await MembersKit.SnapshotAsync(_factory, victimId));
        Assert.Empty(await MembersKit.HistoryAsync(_factory, victimId));
        Assert.Equal("Hacked", await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == attackerId).Select(m => m.FirstName).SingleAsync()));
    }

    [Fact]
    public async Task Save_FromAStaleTab_IsRefusedKeepsTheFirstSaveAndShowsCurrentValues()
    {
        var email = MembersKit.NewEmail("details-stale");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);
        var tabA = await client.GetDocumentAsync("/Details");
        var tabB = await client.GetDocumentAsync("/Details");

        var first = await MembersKit.PostStaleFormAsync(client, tabA, "/Details", MembersKit.AllFields().With("Input.FirstName", "Alpha").With("Input.Phone", "07400 123456"));
        var second = await MembersKit.PostStaleFormAsync(client, tabB, "/Details", MembersKit.AllFields().With("Input.FirstName", "Beta").With("Input.Phone", "07400 123457"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        var summary = MembersKit.ErrorSummary(page);
        Assert.True(summary.Contains("These details were changed since you opened the page", StringComparison.Ordinal), summary);
        Assert.Equal("Alpha", MembersKit.ValueOf(page, "Input_FirstName"));
        Assert.Equal("07400 123456", MembersKit.ValueOf(page, "Input_Phone"));
        var member = await _factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId));
        Assert.Equal(("Alpha", "+447400123456"), (member.FirstName, member.Phone));
        Assert.Equal(member.ConcurrencyStamp.ToString(), MembersKit.ValueOf(page, "Input_ConcurrencyStamp"));
        Assert.Single(await MembersKit.HistoryAsync(_factory, memberId));

        // Made again on the current details, the change goes through.
        var retry = await MembersKit.PostStaleFormAsync(client, page, "/Details", MembersKit.AllFields().With("Input.FirstName", "Beta"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal("Beta", await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.FirstName).SingleAsync()));
    }

    [Fact]
    public async Task Save_WhenTheRowChangesBetweenReadAndWrite_IsRefusedByTheDatabase()
    {
        var email = MembersKit.NewEmail("details-race");
        var (user, memberId) = await MembersKit.CreateMemberAsync(_factory, email, "Rita", "Race");
        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // This unit of work has read the row (stamp S1) before another one saves it: the stamps still agree in memory.
        var stale = await db.Members.Include(m => m.Addresses).SingleAsync(m => m.Id == memberId);
        await _factory.WithDbAsync(async other =>
        {
            var fresh = await other.Members.SingleAsync(m => m.Id == memberId);
            fresh.FirstName = "Winner";
            fresh.Touch(_factory.Clock.GetUtcNow().UtcDateTime);
            return await other.SaveChangesAsync();
        });

        var result = await scope.ServiceProvider.GetRequiredService<UpdateMemberDetailsHandler>().HandleAsync(
            memberId, new MemberDetailsInput { FirstName = "Loser", LastName = "Race", ConcurrencyStamp = stale.ConcurrencyStamp }, DetailsActor.Member(user.Id), null, CancellationToken.None);

        Assert.Equal(DetailsUpdateOutcome.Conflict, result.Outcome);
        Assert.Equal("Winner", await _factory.WithDbAsync(d => d.Members.Where(m => m.Id == memberId).Select(m => m.FirstName).SingleAsync()));
        Assert.Empty(await MembersKit.HistoryAsync(_factory, memberId));
    }

    [Fact]
    public async Task DetailsPage_ForAnonymousVisitor_RedirectsToLogin()
    {
        using var client = _factory.CreatePortalClient();

        var response = await client.GetAsync("/Details");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    private async Task AssertRefusedAsync(Dictionary<string, string> fields, string field, string message)
    {
        var email = MembersKit.NewEmail("details-bad");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        var before = await MembersKit.SnapshotAsync(_factory, memberId);
        using var client = await _factory.LoginAsync(email);

        var response = await client.SubmitFormAsync("/Details", fields, "/Details");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, MembersKit.ErrorSummary(page), StringComparison.Ordinal);
        var id = field.Replace('.', '_');
        Assert.Contains(message, page.GetElementById(id + "-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await MembersKit.SnapshotAsync(_factory, memberId));
        Assert.Empty(await MembersKit.HistoryAsync(_factory, memberId));
    }

    [Fact]
    public async Task TheMembersOwnPage_IsReadOnOneConnection_WithTheAddressesAndThePendingEmail()
    {
        var email = MembersKit.NewEmail("details-one-connection");
        var (user, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);
        var fields = MembersKit.AllFields();
        fields["Input.DeliverySameAsBilling"] = "false";
        await client.SubmitFormAsync("/Details", fields, "/Details");
        await _factory.WithDbAsync(async db =>
        {
            db.UserTokens.Add(new() { UserId = user.Id, LoginProvider = ChangeEmailHandler.TokenProvider, Name = ChangeEmailHandler.PendingEmailToken, Value = "new-" + email });
            return await db.SaveChangesAsync();
        });

        await using var scope = _factory.Scope();
        var connection = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetDbConnection();
        var opened = 0;
        connection.StateChange += (_, change) => opened += change.CurrentState == System.Data.ConnectionState.Open ? 1 : 0;
        var page = await scope.ServiceProvider.GetRequiredService<ImiPortal.Web.Queries.Members.MemberDetailsQuery>()
            .MemberPageForUserAsync(user.Id, CancellationToken.None);

        Assert.Equal(1, opened);
        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        Assert.NotNull(page);
        Assert.Equal(("SG13 8PQ", "LS1 4DY"), (page.Input.Billing.Postcode, page.Input.Delivery.Postcode));
        Assert.False(page.Input.DeliverySameAsBilling);
        Assert.Equal("new-" + email, page.PendingEmail);
        Assert.NotEmpty(page.History);
        Assert.Equal(memberId, await scope.ServiceProvider.GetRequiredService<ImiPortal.Web.Members.CurrentMember>().IdForUserAsync(user.Id, CancellationToken.None));
    }
}

using ImiPortal.Domain.Commerce;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.PersonalData;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.PersonalData;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Foundation;

public sealed class SubjectDataReaderTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public SubjectDataReaderTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task CategoriesHeld_ForAMemberWithoutOrders_HasNoTransactionOrFinancialData()
    {
        var subject = await SubjectAsync("no-orders@example.net", withOrder: false);

        var held = await CategoriesAsync(subject);

        Assert.Contains(DataCategory.Identity, held);
        Assert.Contains(DataCategory.Contact, held);
        Assert.DoesNotContain(DataCategory.Transaction, held);
        Assert.DoesNotContain(DataCategory.Financial, held);
        Assert.DoesNotContain(DataCategory.SpecialCategory, held);
    }

    [Fact]
    public async Task CategoriesHeld_ForAMemberWhoBought_IncludesTransactionAndFinancialData()
    {
        var subject = await SubjectAsync("bought@example.net", withOrder: true);

        var held = await CategoriesAsync(subject);

        Assert.Contains(DataCategory.Transaction, held);
        Assert.Contains(DataCategory.Financial, held);
    }

    [Fact]
    public async Task Read_ReturnsEveryRowAboutTheSubject_AndNothingAboutOthers()
    {
        var subject = await SubjectAsync("reader@example.net", withOrder: true);
        await SubjectAsync("someone-else@example.net", withOrder: true);

        await using var scope = _factory.Scope();
        var rows = await scope.ServiceProvider.GetRequiredService<SubjectDataReader>().ReadAsync(subject).ToListAsync();

        Assert.Single(rows, r => r.Entity == "Member" && (string?)r.Values["Email"] == "reader@example.net");
        Assert.Single(rows, r => r.Entity == "ApplicationUser" && (string?)r.Values["Email"] == "reader@example.net");
        Assert.Single(rows, r => r.Entity == "Address" && (string?)r.Values["Postcode"] == "SG13 8PQ");
        Assert.Single(rows, r => r.Entity == "Order");
        Assert.Single(rows, r => r.Entity == "Payment" && (string?)r.Values["CardLast4"] == "4242");
        Assert.DoesNotContain(rows, r => r.Values.Values.Contains("someone-else@example.net"));
        Assert.DoesNotContain(rows, r => r.Values.ContainsKey("PasswordHash"));
    }

    private async Task<IReadOnlySet<DataCategory>> CategoriesAsync(DataSubject subject)
    {
        await using var scope = _factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SubjectDataReader>().CategoriesHeldAsync(subject, CancellationToken.None);
    }

    private async Task<DataSubject> SubjectAsync(string email, bool withOrder)
    {
        var user = await _factory.CreateMemberAsync(email);
        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var member = await db.Members.SingleAsync(m => m.UserId == user.Id);
        member.Addresses.Add(new Address { Kind = AddressKind.Billing, Line1 = "1 Test Road", Town = "Hertford", Postcode = "SG13 8PQ" });
        if (withOrder)
        {
            var order = new Order { MemberId = member.Id, OrderNumber = "ORD-" + Guid.NewGuid().ToString("N")[..10], PlacedAt = DateTime.UtcNow, Description = "Membership", TotalPence = 100 };
            order.Payments.Add(new Payment { MemberId = member.Id, PaidAt = DateTime.UtcNow, AmountPence = 100, ProviderReference = "pay_1", CardLast4 = "4242" });
            db.Orders.Add(order);
        }

        await db.SaveChangesAsync();
        return new DataSubject(member.Id, user.Id);
    }
}

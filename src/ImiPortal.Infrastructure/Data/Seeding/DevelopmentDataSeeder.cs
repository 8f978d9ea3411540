using ImiPortal.Domain.Commerce;
using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Accounts;
using ImiPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Data.Seeding;

/// <summary>Demo accounts for Development only (their passwords are in the README). Never run in Production.</summary>
public sealed class DevelopmentDataSeeder(PortalDbContext db, AccountService accounts, UserManager<ApplicationUser> users, TimeProvider time)
{
    public const string MemberEmail = "member@example.org";
    public const string MemberServicesEmail = "services@example.org";
    public const string PrivacyOfficerEmail = "dpo@example.org";
    public const string AdministratorEmail = "admin@example.org";
    public const string Password = "MyImi-Demo-2026!";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(MemberEmail) is null)
        {
            var result = await accounts.CreateMemberAsync(new NewMember(MemberEmail, Password, "Ms", "Alex", "Demo"), emailConfirmed: true, cancellationToken);
            if (result.User is { } user)
            {
                await CompleteDemoMemberAsync(user.Id, cancellationToken);
            }
        }

        foreach (var (email, role) in new[] { (MemberServicesEmail, Roles.MemberServices), (PrivacyOfficerEmail, Roles.PrivacyOfficer), (AdministratorEmail, Roles.Administrator) })
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                await accounts.CreateStaffAsync(email, Password, role);
            }
        }

        await SeedMarketingPartnersAsync(cancellationToken);
    }

    private async Task SeedMarketingPartnersAsync(CancellationToken cancellationToken)
    {
        var names = await db.Recipients.Select(r => r.Name).ToListAsync(cancellationToken);
        db.Recipients.AddRange(DemoMarketingPartners.All.Where(p => !names.Contains(p.Name))
            .Select(p => new Domain.Processing.Recipient { Name = p.Name, Kind = p.Kind, Description = p.Description }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CompleteDemoMemberAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var member = await db.Members.SingleAsync(m => m.UserId == userId, cancellationToken);
        member.Status = MembershipStatus.Active;
        member.Grade = MembershipGrade.Member;
        member.DateOfBirth = new DateOnly(1985, 6, 14);
        member.Phone = "+441632960123";
        member.MemberSince = new DateOnly(2019, 3, 1);
        member.Addresses.Add(new Address { Kind = AddressKind.Billing, Line1 = "1 Example Street", Town = "Hertford", Postcode = "SG13 8PQ" });
        var order = new Order { MemberId = member.Id, OrderNumber = "ORD-DEMO-0001", PlacedAt = now.AddDays(-40), Description = "Annual membership (MIMI)", TotalPence = 12_500 };
        order.Payments.Add(new Payment { MemberId = member.Id, PaidAt = now.AddDays(-40), AmountPence = 12_500, ProviderReference = "pay_demo_0001", CardBrand = "Visa", CardLast4 = "4242" });
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
    }
}

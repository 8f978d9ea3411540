using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Erasure;
using ImiPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using ImiPortal.Infrastructure.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ImiPortal.Infrastructure.Accounts;

/// <summary>Creates logins: a member (login, member record and membership number together) or a member of staff.</summary>
public sealed class AccountService(PortalDbContext db, UserManager<ApplicationUser> users, SuppressionList suppression, IMemoryCache cache, TimeProvider time)
{
    public async Task<AccountCreationResult> CreateMemberAsync(NewMember input, bool emailConfirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = time.GetUtcNow().UtcDateTime;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var user = new ApplicationUser { UserName = input.Email, Email = input.Email, EmailConfirmed = emailConfirmed, CreatedAt = now };
            var created = await users.CreateAsync(user, input.Password);
            if (!created.Succeeded)
            {
                return new AccountCreationResult(null, created.Errors.ToList());
            }

            await users.AddToRoleAsync(user, Roles.Member);
            db.Members.Add(new Member
            {
                UserId = user.Id,
                MembershipNumber = await NewMembershipNumberAsync(cancellationToken),
                Title = input.Title,
                FirstName = input.FirstName,
                LastName = input.LastName,
                Email = input.Email,
                Status = MembershipStatus.Applicant,
                // Someone erased before and now back: never market to them again (UK GDPR Art. 17, PECR).
                IsMarketingSuppressed = await suppression.IsSuppressedAsync(input.Email, null, cancellationToken),
                MemberSince = DateOnly.FromDateTime(now),
                CreatedAt = now,
                UpdatedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new AccountCreationResult(user, []);
        });
    }

    public async Task<AccountCreationResult> CreateStaffAsync(string email, string password, string role)
    {
        if (!Roles.Staff.Contains(role))
        {
            return new AccountCreationResult(null, [new IdentityError { Code = "UnknownRole", Description = $"'{role}' is not a staff role." }]);
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = time.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new AccountCreationResult(null, created.Errors.ToList());
        }

        await users.AddToRoleAsync(user, role);
        StaffDirectory.Forget(cache);
        return new AccountCreationResult(user, []);
    }

    private async Task<string> NewMembershipNumberAsync(CancellationToken cancellationToken)
    {
        // Random numbers cannot be enumerated; the unique index is the final guard against a collision.
        while (true)
        {
            var candidate = MembershipNumber.NewRandom();
            if (!await db.Members.AnyAsync(m => m.MembershipNumber == candidate, cancellationToken))
            {
                return candidate;
            }
        }
    }
}

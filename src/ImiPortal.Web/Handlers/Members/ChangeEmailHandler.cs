using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Emails;
using ImiPortal.Web.Members;
using ImiPortal.Web.Models.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Handlers.Members;

/// <summary>
/// Changes a member's email address (and with it their login name) only once the new address has proved it is theirs:
/// a link goes to the new address, and the old one is told when the change takes effect.
/// </summary>
public sealed partial class ChangeEmailHandler(
    PortalDbContext db,
    CurrentMember current,
    UserManager<ApplicationUser> users,
    IEmailOutbox outbox,
    IAuditLog audit,
    TimeProvider time,
    ILogger<ChangeEmailHandler> logger)
{
    /// <summary>The new address waits in Identity's token store (not in the link), so that no address travels in a URL.</summary>
    public const string TokenProvider = "MyIMI";
    public const string PendingEmailToken = "PendingEmail";

    /// <param name="userId">The logged-in user.</param>
    /// <param name="input">Validated input.</param>
    /// <param name="linkFor">Builds the absolute confirmation link from the user id and the encoded token.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<ChangeEmailOutcome> RequestAsync(Guid userId, ChangeEmailInput input, Func<Guid, string, string> linkFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(linkFor);
        var user = await users.FindByIdAsync(userId.ToString());
        var memberId = await current.IdForUserAsync(userId, cancellationToken);
        if (user is null || memberId is null)
        {
            return ChangeEmailOutcome.NotFound;
        }

        if (!await users.CheckPasswordAsync(user, input.CurrentPassword))
        {
            // Counts towards lock-out, as a failed login does: the form must not become a way to guess the password.
            await users.AccessFailedAsync(user);
            return ChangeEmailOutcome.WrongPassword;
        }

        var newEmail = input.NewEmail.Trim();
        if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return ChangeEmailOutcome.SameAsCurrent;
        }

        if (await users.FindByEmailAsync(newEmail) is not null
            || await db.Members.AnyAsync(m => m.Email == newEmail && m.Id != memberId, cancellationToken))
        {
            return ChangeEmailOutcome.InUse;
        }

        var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
        await users.SetAuthenticationTokenAsync(user, TokenProvider, PendingEmailToken, newEmail);
        outbox.Add(DetailsEmails.ConfirmNewEmail(newEmail, linkFor(user.Id, token)));
        audit.Record("member.email.change-requested", memberId, nameof(Member), memberId.Value.ToString());
        await db.SaveChangesAsync(cancellationToken);
        LogRequested(logger, memberId.Value);
        return ChangeEmailOutcome.LinkSent;
    }

    /// <returns>The user whose address changed, or null when the link is wrong, used or out of date.</returns>
    public async Task<ApplicationUser?> ConfirmAsync(Guid userId, string token, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.DisabledAt is not null)
        {
            return null;
        }

        var newEmail = await users.GetAuthenticationTokenAsync(user, TokenProvider, PendingEmailToken);
        var oldEmail = user.Email;
        if (newEmail is null || oldEmail is null)
        {
            return null;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var changed = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var member = await db.Members.FirstOrDefaultAsync(m => m.UserId == userId && m.ErasedAt == null, cancellationToken);
            if (member is null
                || !(await users.ChangeEmailAsync(user, newEmail, token)).Succeeded
                || !(await users.SetUserNameAsync(user, newEmail)).Succeeded)
            {
                return false;
            }

            await users.RemoveAuthenticationTokenAsync(user, TokenProvider, PendingEmailToken);
            var now = time.GetUtcNow().UtcDateTime;
            member.Email = newEmail;
            member.Touch(now);
            db.DetailsChanges.Add(new DetailsChange
            {
                MemberId = member.Id,
                ChangedAt = now,
                ChangedByUserId = user.Id,
                Fields = DetailsField.Email,
            });
            audit.Record(UpdateMemberDetailsHandler.AuditAction, member.Id, nameof(Member), member.Id.ToString(), $"fields={DetailsField.Email}; by=member");
            outbox.Add(DetailsEmails.EmailChanged(oldEmail, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogChanged(logger, member.Id);
            return true;
        });
        if (!changed)
        {
            // Identity updated the user object in memory before failing; forget it so nothing half-done is saved later.
            db.ChangeTracker.Clear();
            return null;
        }

        return user;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} asked to change their email address; confirmation link sent")]
    private static partial void LogRequested(ILogger logger, Guid memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} confirmed a new email address")]
    private static partial void LogChanged(ILogger logger, Guid memberId);
}

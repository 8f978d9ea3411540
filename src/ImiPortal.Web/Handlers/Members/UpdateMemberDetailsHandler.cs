using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Members;
using ImiPortal.Web.Models.Members;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Handlers.Members;

/// <summary>
/// Saves a member's details, whoever corrects them (the member in MyIMI, or staff after a call or email): only what
/// changed, refused when the form is older than the record, with a history row and an audit entry naming the fields.
/// </summary>
public sealed partial class UpdateMemberDetailsHandler(PortalDbContext db, IAuditLog audit, TimeProvider time, ILogger<UpdateMemberDetailsHandler> logger)
{
    public const string AuditAction = "member.details.changed";

    /// <param name="memberId">The member to change: from the logged-in user or the back-office address, never from the form.</param>
    /// <param name="input">Validated input.</param>
    /// <param name="actor">Who is making the change.</param>
    /// <param name="reason">Why staff made it (required for staff); null for the member's own changes.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<DetailsUpdateResult> HandleAsync(Guid memberId, MemberDetailsInput input, DetailsActor actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsStaff && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("Staff corrections need a reason.", nameof(reason));
        }

        var member = await db.Members.Include(m => m.Addresses)
            .FirstOrDefaultAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken);
        if (member is null)
        {
            return DetailsUpdateResult.Of(DetailsUpdateOutcome.NotFound);
        }

        if (member.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return DetailsUpdateResult.Of(DetailsUpdateOutcome.Conflict);
        }

        // The UPDATE must match the stamp the form was shown with, so that a change saved after our read is not overwritten.
        db.Entry(member).Property(m => m.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;

        var fields = new List<string>();
        Set(fields, DetailsField.Title, member.Title, Optional(input.Title), v => member.Title = v);
        Set(fields, DetailsField.FirstName, member.FirstName, input.FirstName!.Trim(), v => member.FirstName = v!);
        Set(fields, DetailsField.MaidenName, member.MaidenName, Optional(input.MaidenName), v => member.MaidenName = v);
        Set(fields, DetailsField.LastName, member.LastName, input.LastName!.Trim(), v => member.LastName = v!);
        var dateOfBirth = DateInput.Parse(input.DateOfBirth);
        if (dateOfBirth != member.DateOfBirth)
        {
            member.DateOfBirth = dateOfBirth;
            fields.Add(DetailsField.DateOfBirth);
        }

        Set(fields, DetailsField.Gender, member.Gender, Optional(input.Gender), v => member.Gender = v);
        Set(fields, DetailsField.MaritalStatus, member.MaritalStatus, Optional(input.MaritalStatus), v => member.MaritalStatus = v);
        Set(fields, DetailsField.Phone, member.Phone, PhoneRule.ToE164(input.Phone), v => member.Phone = v);
        if (ApplyAddress(member, AddressKind.Billing, input.Billing.IsEmpty ? null : input.Billing))
        {
            fields.Add(DetailsField.BillingAddress);
        }

        if (ApplyAddress(member, AddressKind.Delivery, input.DeliverySameAsBilling || input.Delivery.IsEmpty ? null : input.Delivery))
        {
            fields.Add(DetailsField.DeliveryAddress);
        }

        if (fields.Count == 0)
        {
            return DetailsUpdateResult.Of(DetailsUpdateOutcome.NoChanges);
        }

        var now = time.GetUtcNow().UtcDateTime;
        member.Touch(now);
        var names = DetailsField.Join(fields);
        db.DetailsChanges.Add(new DetailsChange
        {
            MemberId = member.Id,
            ChangedAt = now,
            ChangedByUserId = actor.UserId,
            ChangedByStaff = actor.IsStaff,
            Fields = names,
            Reason = actor.IsStaff ? reason!.Trim() : null,
        });
        audit.Record(AuditAction, member.Id, nameof(Member), member.Id.ToString(), $"fields={names}; by={(actor.IsStaff ? "staff" : "member")}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogConflict(logger, member.Id);
            return DetailsUpdateResult.Of(DetailsUpdateOutcome.Conflict);
        }

        LogChanged(logger, member.Id, fields.Count, actor.IsStaff ? "staff" : "member");
        return new DetailsUpdateResult(DetailsUpdateOutcome.Saved, fields);
    }

    private static void Set(List<string> fields, string field, string? current, string? value, Action<string?> assign)
    {
        if (!string.Equals(current, value, StringComparison.Ordinal))
        {
            assign(value);
            fields.Add(field);
        }
    }

    /// <returns>True when the stored address changed (added, edited or removed).</returns>
    private bool ApplyAddress(Member member, AddressKind kind, AddressInput? input)
    {
        var existing = member.Addresses.FirstOrDefault(a => a.Kind == kind);
        if (input is null)
        {
            if (existing is null)
            {
                return false;
            }

            member.Addresses.Remove(existing);
            db.Addresses.Remove(existing);
            return true;
        }

        var country = input.Country ?? Countries.UnitedKingdom;
        var wanted = new Address
        {
            MemberId = member.Id,
            Kind = kind,
            Line1 = input.Line1!.Trim(),
            Line2 = Optional(input.Line2),
            Town = input.Town!.Trim(),
            County = Optional(input.County),
            Postcode = country == Countries.UnitedKingdom ? UkPostcode.Normalise(input.Postcode)! : (input.Postcode?.Trim().ToUpperInvariant() ?? ""),
            CountryCode = country,
        };
        if (existing is null)
        {
            member.Addresses.Add(wanted);
            return true;
        }

        if (existing.Line1 == wanted.Line1 && existing.Line2 == wanted.Line2 && existing.Town == wanted.Town
            && existing.County == wanted.County && existing.Postcode == wanted.Postcode && existing.CountryCode == wanted.CountryCode)
        {
            return false;
        }

        // Edited in place: the (member, kind) pair is unique, so a delete-and-insert could trip over itself.
        existing.Line1 = wanted.Line1;
        existing.Line2 = wanted.Line2;
        existing.Town = wanted.Town;
        existing.County = wanted.County;
        existing.Postcode = wanted.Postcode;
        existing.CountryCode = wanted.CountryCode;
        return true;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} details changed: {FieldCount} field(s) by {ActorKind}")]
    private static partial void LogChanged(ILogger logger, Guid memberId, int fieldCount, string actorKind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} details not saved: the record changed since the form was shown")]
    private static partial void LogConflict(ILogger logger, Guid memberId);
}

using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Handlers.Members;
using ImiPortal.Web.Members;
using ImiPortal.Web.Models.Members;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Members;

/// <summary>A member's details as the forms show them, and the history of changes to them.</summary>
public sealed class MemberDetailsQuery(PortalDbContext db, CurrentMember current)
{
    // The member's own page is among the most viewed: its queries are compiled once (EF Core then skips turning the
    // LINQ into a cache key on every view), and they are kept simple. The pending email is correlated on the member's
    // row, so that it is part of the row's statement (a subquery that did not refer to the row would be run as a query
    // of its own). The addresses are a query of their own rather than an Include: the Include's single statement
    // nests the member in a subquery that SQLite takes about ten times as long to prepare as the two simple
    // statements together, and a page view prepares its statements anew every time (issue #11).
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, CancellationToken, Task<MemberPageRow?>>> MemberPageQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid userId, CancellationToken _) => db.Members.AsNoTracking()
            .Where(m => m.UserId == userId && m.ErasedAt == null)
            .Select(m => new MemberPageRow(
                m,
                db.UserTokens
                    .Where(t => t.UserId == m.UserId && t.LoginProvider == ChangeEmailHandler.TokenProvider && t.Name == ChangeEmailHandler.PendingEmailToken)
                    .Select(t => t.Value)
                    .FirstOrDefault()))
            .FirstOrDefault()));

    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, IAsyncEnumerable<Address>>> MemberAddressesQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid memberId) => db.Addresses.AsNoTracking().Where(a => a.MemberId == memberId)));

    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, IAsyncEnumerable<HistoryRow>>> MemberHistoryQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid memberId) => db.DetailsChanges.AsNoTracking()
            .Where(c => c.MemberId == memberId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new HistoryRow(c.ChangedAt, c.Fields, c.ChangedByStaff, c.Reason, null))));

    public Task<Guid?> MemberIdForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        current.IdForUserAsync(userId, cancellationToken);

    /// <summary>
    /// The logged-in member's page in three queries on one connection: the member with any pending email change, their
    /// addresses, then the history. Also tells <see cref="CurrentMember"/> who the member is, so nothing later in the request asks again.
    /// </summary>
    public async Task<MyDetailsViewModel?> MemberPageForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.Database.HoldConnectionAsync(cancellationToken);
        var found = await MemberPageQuery.For(db)(db, userId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        await foreach (var address in MemberAddressesQuery.For(db)(db, found.Member.Id).WithCancellation(cancellationToken))
        {
            found.Member.Addresses.Add(address);
        }

        current.Remember(userId, new CurrentMember.Row(found.Member.Id, found.Member.IsRestricted));
        return await PageAsync(found.Member, found.Pending, cancellationToken);
    }

    public async Task<MyDetailsViewModel?> MemberPageAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await LoadAsync(memberId, cancellationToken);
        if (member is null)
        {
            return null;
        }

        var pending = member.UserId is { } userId ? await PendingEmail(userId).FirstOrDefaultAsync(cancellationToken) : null;
        return await PageAsync(member, pending, cancellationToken);
    }

    private async Task<MyDetailsViewModel> PageAsync(Member member, string? pending, CancellationToken cancellationToken) => new()
    {
        Input = InputFrom<MemberDetailsInput>(member),
        MembershipNumber = member.MembershipNumber,
        Email = member.Email,
        PendingEmail = pending,
        History = await HistoryAsync(member.Id, forStaff: false, cancellationToken),
    };

    /// <summary>The new address a member asked to change to and has not confirmed yet.</summary>
    private IQueryable<string?> PendingEmail(Guid userId) => db.UserTokens
        .Where(t => t.UserId == userId && t.LoginProvider == ChangeEmailHandler.TokenProvider && t.Name == ChangeEmailHandler.PendingEmailToken)
        .Select(t => t.Value);

    public async Task<StaffEditViewModel?> StaffEditAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await LoadAsync(memberId, cancellationToken);
        return member is null ? null : new StaffEditViewModel
        {
            MemberId = member.Id,
            MembershipNumber = member.MembershipNumber,
            FullName = member.FullName,
            Input = InputFrom<StaffDetailsInput>(member),
        };
    }

    public async Task<MemberRecordViewModel?> StaffRecordAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await LoadAsync(memberId, cancellationToken);
        if (member is null)
        {
            return null;
        }

        var billing = member.Addresses.FirstOrDefault(a => a.Kind == AddressKind.Billing);
        var delivery = member.Addresses.FirstOrDefault(a => a.Kind == AddressKind.Delivery);
        return new MemberRecordViewModel
        {
            MemberId = member.Id,
            MembershipNumber = member.MembershipNumber,
            FullName = member.FullName,
            Status = member.Status.ToString(),
            Grade = member.Grade.ToString(),
            MemberSince = member.MemberSince,
            HasLogin = member.UserId is not null,
            IsRestricted = member.IsRestricted,
            UnderLegalHold = await db.LegalHolds.AnyAsync(h => h.MemberId == member.Id && h.ReleasedAt == null, cancellationToken),
            Details =
            [
                new("Title", member.Title),
                new("First name", member.FirstName),
                new("Maiden name", member.MaidenName),
                new("Last name", member.LastName),
                new("Date of birth", member.DateOfBirth is { } dob ? Domain.UkTime.Format(dob) : null),
                new("Gender", member.Gender),
                new("Marital status", member.MaritalStatus),
                new("Email address", member.Email),
                new("Phone number", member.Phone is null ? null : PhoneRule.Display(member.Phone)),
                new("Billing address", billing is null ? null : AddressText(billing)),
                new("Delivery address", delivery is null ? (billing is null ? null : "Same as billing address") : AddressText(delivery)),
            ],
            History = await HistoryAsync(memberId, forStaff: true, cancellationToken),
        };
    }

    /// <summary>Newest first. Staff also see which of them made each correction.</summary>
    public async Task<IReadOnlyList<DetailsHistoryRow>> HistoryAsync(Guid memberId, bool forStaff, CancellationToken cancellationToken)
    {
        var rows = new List<HistoryRow>();
        if (!forStaff)
        {
            await foreach (var row in MemberHistoryQuery.For(db)(db, memberId).WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }
        }
        else
        {
            rows = await db.DetailsChanges.AsNoTracking()
                .Where(c => c.MemberId == memberId)
                .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
                .Select(c => new HistoryRow(
                    c.ChangedAt, c.Fields, c.ChangedByStaff, c.Reason,
                    c.ChangedByStaff ? db.Users.Where(u => u.Id == c.ChangedByUserId).Select(u => u.Email).FirstOrDefault() : null))
                .ToListAsync(cancellationToken);
        }

        return rows.Select(r => new DetailsHistoryRow(r.ChangedAt, DetailsField.Describe(DetailsField.Split(r.Fields)), r.ChangedByStaff, r.StaffEmail, r.Reason)).ToList();
    }

    private Task<Member?> LoadAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking().Include(m => m.Addresses).FirstOrDefaultAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken);

    private static T InputFrom<T>(Member member)
        where T : MemberDetailsInput, new()
    {
        var delivery = member.Addresses.FirstOrDefault(a => a.Kind == AddressKind.Delivery);
        return new T
        {
            Title = member.Title,
            FirstName = member.FirstName,
            MaidenName = member.MaidenName,
            LastName = member.LastName,
            DateOfBirth = DateInput.Format(member.DateOfBirth),
            Gender = member.Gender,
            MaritalStatus = member.MaritalStatus,
            Phone = member.Phone is null ? null : PhoneRule.Display(member.Phone),
            Billing = AddressFrom(member.Addresses.FirstOrDefault(a => a.Kind == AddressKind.Billing)),
            DeliverySameAsBilling = delivery is null,
            Delivery = AddressFrom(delivery),
            ConcurrencyStamp = member.ConcurrencyStamp,
        };
    }

    private static AddressInput AddressFrom(Address? address) => address is null
        ? new AddressInput()
        : new AddressInput
        {
            Line1 = address.Line1,
            Line2 = address.Line2,
            Town = address.Town,
            County = address.County,
            Postcode = address.Postcode,
            Country = address.CountryCode,
        };

    private static string AddressText(Address address) =>
        string.Join(", ", new[] { address.Line1, address.Line2, address.Town, address.County, address.Postcode, Countries.NameOf(address.CountryCode) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    private sealed record MemberPageRow(Member Member, string? Pending);

    private sealed record HistoryRow(DateTime ChangedAt, string Fields, bool ChangedByStaff, string? Reason, string? StaffEmail);
}

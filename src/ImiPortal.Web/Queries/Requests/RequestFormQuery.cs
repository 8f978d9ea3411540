using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Processing;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Members;
using ImiPortal.Web.Models.Requests;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Requests;

/// <summary>Builds the request forms: prefilled from the member's record, with the permissions a withdrawal can name.</summary>
public sealed class RequestFormQuery(PortalDbContext db, CurrentMember current)
{
    public Task<Guid?> MemberIdForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        current.IdForUserAsync(userId, cancellationToken);

    public Task<Guid?> MemberIdByMembershipNumberAsync(string membershipNumber, CancellationToken cancellationToken)
    {
        var number = membershipNumber.Trim().ToUpperInvariant();
        return db.Members.AsNoTracking().Where(m => m.MembershipNumber == number && m.ErasedAt == null).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The member's form for <paramref name="type"/>, filled in from their record.</summary>
    public async Task<RequestFormViewModel?> ForMemberAsync(Guid memberId, RightsRequestType type, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Include(m => m.Addresses).SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return null;
        }

        var address = member.Addresses.OrderBy(a => a.Kind == AddressKind.Billing ? 0 : 1).FirstOrDefault();
        var input = new RequestFormInput
        {
            Type = type,
            FormToken = RequestFormInput.NewFormToken(),
            FullName = member.FullName,
            MembershipNumber = member.MembershipNumber,
            DateOfBirth = type == RightsRequestType.Erasure ? member.DateOfBirth : null,
            Email = member.Email,
            Phone = member.Phone,
            PostalAddress = address is null ? null : FormatAddress(address),
        };
        return await FormAsync(input, RequestFormMode.Member, cancellationToken);
    }

    public async Task<RequestFormViewModel> FormAsync(RequestFormInput input, RequestFormMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Guid.TryParseExact(input.FormToken, "N", out _))
        {
            input.FormToken = RequestFormInput.NewFormToken();
        }

        var options = input.Type == RightsRequestType.WithdrawConsent ? await WithdrawOptionsAsync(cancellationToken) : [];
        return new RequestFormViewModel(input, mode, options);
    }

    public async Task<StaffIntakeViewModel> ForStaffAsync(StaffIntakeInput input, CancellationToken cancellationToken)
    {
        var form = await FormAsync(input, RequestFormMode.Staff, cancellationToken);
        return new StaffIntakeViewModel(input, form.WithdrawOptions);
    }

    /// <summary>Every marketing permission, in the order of the preferences page: channels, subjects, named organisations.</summary>
    public async Task<IReadOnlyList<WithdrawOption>> WithdrawOptionsAsync(CancellationToken cancellationToken)
    {
        var options = Enum.GetValues<MarketingChannel>()
            .Select(c => new WithdrawOption(ConsentSubject.ForChannel(c).Key, RequestWords.MarketingChannel(c), null))
            .ToList();
        var topics = await db.MarketingTopics.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Name, t.Description }).ToListAsync(cancellationToken);
        options.AddRange(topics.Select(t => new WithdrawOption(ConsentSubject.ForTopic(t.Id).Key, $"Marketing about {t.Name}", Hint(t.Description))));
        var partners = await db.Recipients.AsNoTracking().Where(r => r.Kind == RecipientKind.MarketingThirdParty && r.IsActive).OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.Name, r.Description }).ToListAsync(cancellationToken);
        options.AddRange(partners.Select(r => new WithdrawOption(ConsentSubject.ForThirdParty(r.Id).Key, $"Sharing details with {r.Name} for its marketing", Hint(r.Description))));
        return options;
    }

    private static string? Hint(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string FormatAddress(Address address) =>
        string.Join('\n', new[] { address.Line1, address.Line2, address.Town, address.County, address.Postcode, address.CountryCode == "GB" ? null : address.CountryCode }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
}

using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Members;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Members;

/// <summary>
/// Finds members for the back office by membership number, email or name. Every search is a prefix match on an
/// indexed column (MembershipNumber, Email, LastName + FirstName) and one page is read, so it stays fast on a large register.
/// </summary>
public sealed class MemberSearchQuery(PortalDbContext db)
{
    public const int MaxQueryLength = 100;

    public async Task<MemberSearchViewModel> RunAsync(string? query, int page, CancellationToken cancellationToken)
    {
        var term = (query ?? "").Trim();
        if (term.Length > MaxQueryLength)
        {
            term = term[..MaxQueryLength];
        }

        var members = Filter(db, db.Members.AsNoTracking().Where(m => m.ErasedAt == null), term);
        var total = await members.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + MemberSearchViewModel.PageSize - 1) / MemberSearchViewModel.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await members
            .OrderBy(m => m.LastName).ThenBy(m => m.FirstName).ThenBy(m => m.MembershipNumber)
            .Skip((page - 1) * MemberSearchViewModel.PageSize)
            .Take(MemberSearchViewModel.PageSize)
            .Select(m => new MemberSearchRow(m.Id, m.MembershipNumber, m.FirstName, m.LastName, m.Email, m.Status.ToString()))
            .ToListAsync(cancellationToken);
        return new MemberSearchViewModel(term.Length == 0 ? null : term, rows, page, pageCount, total);
    }

    private static IQueryable<Member> Filter(PortalDbContext db, IQueryable<Member> members, string term)
    {
        if (term.Length == 0)
        {
            return members;
        }

        var compact = term.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.StartsWith("IMI", StringComparison.Ordinal) && compact.Length > 3 && compact[3..].All(char.IsAsciiDigit))
        {
            return MembershipNumber.IsWellFormed(compact)
                ? members.Where(m => m.MembershipNumber == compact)
                : members.Where(m => m.MembershipNumber.StartsWith(compact));
        }

        if (term.Contains('@', StringComparison.Ordinal))
        {
            return members.WhereStartsWith(db.Database, m => m.Email, term);
        }

        // "Smith" finds last names; "Jane Smith" and "Smith, Jane" a first name and a last name, both by their start.
        string last;
        string? first = null;
        var comma = term.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            last = term[..comma].Trim();
            first = term[(comma + 1)..].Trim();
        }
        else if (term.LastIndexOf(' ') is var space and > 0)
        {
            first = term[..space].Trim();
            last = term[(space + 1)..].Trim();
        }
        else
        {
            last = term;
        }

        // Case-insensitive on every provider (TextSearch), like the membership number above.
        members = members.WhereStartsWith(db.Database, m => m.LastName, last);
        return string.IsNullOrEmpty(first) ? members : members.WhereStartsWith(db.Database, m => m.FirstName, first);
    }
}

using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Transparency;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Transparency;

/// <summary>
/// The public member check the policy promises ("disclosing your membership status to members of the public").
/// Exact matches only, nothing about a member who restricted processing, objected or was erased, and only name,
/// status and grade are ever returned, so the check cannot be used to discover or profile people.
/// </summary>
public sealed class MemberCheckQuery(PortalDbContext db)
{
    public async Task<IReadOnlyList<MemberCheckResult>> RunAsync(MemberCheckInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Objection: ObjectsToDirectMarketing is the objection flag the model holds today; an upheld objection to
        // other processing must hide the member too once it is recorded on the member.
        var listed = db.Members.AsNoTracking().Where(m => m.ErasedAt == null && !m.IsRestricted && !m.ObjectsToDirectMarketing);

        IQueryable<Member> matches;
        if (!string.IsNullOrWhiteSpace(input.MembershipNumber))
        {
            var number = input.MembershipNumber.Trim().ToUpperInvariant();
            matches = listed.Where(m => m.MembershipNumber == number);
        }
        else
        {
            var first = Normalise(input.FirstName);
            var last = Normalise(input.LastName);
            matches = listed.Where(m => m.FirstName.ToLower() == first && m.LastName.ToLower() == last);
        }

        var found = await matches.OrderBy(m => m.LastName).ThenBy(m => m.FirstName).Take(20)
            .Select(m => new { m.FirstName, m.LastName, m.Status, m.Grade })
            .ToListAsync(cancellationToken);
        return [.. found.Select(m => new MemberCheckResult($"{m.FirstName} {m.LastName}".Trim(), StatusText(m.Status), m.Status is MembershipStatus.Active or MembershipStatus.Lapsed ? GradeText(m.Grade) : null))];
    }

    private static string Normalise(string? name) => string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();

    private static string StatusText(MembershipStatus status) => status switch
    {
        MembershipStatus.Active => "Current member",
        MembershipStatus.Lapsed => "Membership lapsed",
        _ => "Not a current member",
    };

    private static string GradeText(MembershipGrade grade) => grade switch
    {
        MembershipGrade.Affiliate => "Affiliate",
        MembershipGrade.Associate => "Associate (AMIMI)",
        MembershipGrade.Member => "Member (MIMI)",
        MembershipGrade.Fellow => "Fellow (FIMI)",
        _ => grade.ToString(),
    };
}

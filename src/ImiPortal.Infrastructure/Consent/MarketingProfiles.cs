using System.Linq.Expressions;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>Loads what <see cref="MarketingPermissions"/> needs to decide for one member.</summary>
public sealed class MarketingProfiles(PortalDbContext db)
{
    // Read on every preferences page and save: compiled once (issue #11), by member (staff pages, the ledger, emails)
    // and by login (the member's own preferences page, which then needs no separate look-up of the member's id). The
    // contact-detail tests are the same expressions as the audience export's.
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, CancellationToken, Task<Facts?>>> FactsByMember =
        new(() => CompileFacts((m, memberId) => m.Id == memberId));

    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, CancellationToken, Task<Facts?>>> FactsByLogin =
        new(() => CompileFacts((m, userId) => m.UserId == userId && m.ErasedAt == null));

    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, IAsyncEnumerable<ConsentState>>> StatesQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid memberId) => db.ConsentStates.AsNoTracking().Where(s => s.MemberId == memberId)));

    public async Task<MarketingProfile?> ForMemberAsync(Guid memberId, CancellationToken cancellationToken) =>
        await FactsByMember.For(db)(db, memberId, cancellationToken) is { } facts ? await ProfileAsync(facts, cancellationToken) : null;

    /// <summary>The member linked to the login (unless erased), with their profile; null when there is none.</summary>
    public async Task<(Guid MemberId, MarketingProfile Profile)?> ForLoginAsync(Guid userId, CancellationToken cancellationToken) =>
        await FactsByLogin.For(db)(db, userId, cancellationToken) is { } facts ? (facts.MemberId, await ProfileAsync(facts, cancellationToken)) : null;

    private async Task<MarketingProfile> ProfileAsync(Facts facts, CancellationToken cancellationToken)
    {
        var choices = new Dictionary<string, ConsentChoice>(StringComparer.Ordinal);
        await foreach (var state in StatesQuery.For(db)(db, facts.MemberId).WithCancellation(cancellationToken))
        {
            choices.Add(state.SubjectKey, new ConsentChoice(state.Granted, state.Basis, state.UpdatedAt));
        }

        return new MarketingProfile
        {
            IsErased = facts.ErasedAt is not null,
            IsRestricted = facts.IsRestricted,
            ObjectsToDirectMarketing = facts.ObjectsToDirectMarketing,
            IsSuppressed = facts.IsMarketingSuppressed,
            HasPurchased = facts.HasPurchased,
            HasEmail = facts.HasEmail,
            HasPhone = facts.HasPhone,
            HasPostalAddress = facts.HasPostalAddress,
            Choices = choices,
        };
    }

    /// <summary>The facts of the one member that <paramref name="match"/> finds by a key, as a compiled query.</summary>
    private static Func<PortalDbContext, Guid, CancellationToken, Task<Facts?>> CompileFacts(Expression<Func<Member, Guid, bool>> match)
    {
        Expression<Func<PortalDbContext, Guid, CancellationToken, Facts?>> query = (db, key, _) => db.Members.AsNoTracking()
            .Where(m => Matches(m, key))
            .Select(m => new Facts(
                m.Id,
                m.ErasedAt,
                m.IsRestricted,
                m.ObjectsToDirectMarketing,
                m.IsMarketingSuppressed,
                db.Orders.Any(o => o.MemberId == m.Id),
                m.Email != "",
                m.Phone != null && m.Phone != "",
                m.Addresses.Any()))
            .SingleOrDefault();
        return EF.CompileAsyncQuery((Expression<Func<PortalDbContext, Guid, CancellationToken, Facts?>>)new MatchInliner(match).Visit(query));
    }

    /// <summary>Stands for the look-up's condition in <see cref="CompileFacts"/>, which puts the condition itself in its place.</summary>
    private static bool Matches(Member member, Guid key) => throw new NotSupportedException("Replaced before the query is compiled.");

    private sealed class MatchInliner(Expression<Func<Member, Guid, bool>> match) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.DeclaringType == typeof(MarketingProfiles) && node.Method.Name == nameof(Matches)
                ? new ReplacingExpressionVisitor(match.Parameters, Visit(node.Arguments)).Visit(match.Body)
                : base.VisitMethodCall(node);
    }

    private sealed record Facts(
        Guid MemberId, DateTime? ErasedAt, bool IsRestricted, bool ObjectsToDirectMarketing, bool IsMarketingSuppressed,
        bool HasPurchased, bool HasEmail, bool HasPhone, bool HasPostalAddress);
}

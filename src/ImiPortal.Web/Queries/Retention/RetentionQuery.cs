using ImiPortal.Domain;
using ImiPortal.Domain.Retention;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Retention;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Retention;

/// <summary>The privacy officer's retention page: the rules with today's cut-off dates, legal holds and recent runs.</summary>
public sealed class RetentionQuery(PortalDbContext db, TimeProvider time)
{
    public async Task<RetentionViewModel> RunAsync(LegalHoldInput hold, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var purposes = await db.ProcessingPurposes.AsNoTracking().ToDictionaryAsync(p => p.Key, cancellationToken);
        var rules = RetentionRules.All.Select(rule =>
        {
            var purpose = rule.PurposeKey is null ? null : purposes.GetValueOrDefault(rule.PurposeKey);
            var period = purpose is not null ? Months(purpose.RetentionMonths) : $"{rule.FixedDays} days";
            return new RetentionRuleRow(rule, period, purpose?.Name, rule.CutoffUtc(today, purpose?.RetentionMonths));
        }).ToList();

        var holds = await db.LegalHolds.AsNoTracking().Where(h => h.ReleasedAt == null).OrderBy(h => h.PlacedAt)
            .Join(db.Members, h => h.MemberId, m => m.Id, (h, m) => new LegalHoldRow(h.Id, m.MembershipNumber, m.FirstName + " " + m.LastName, h.Reference, h.Reason, h.PlacedAt))
            .ToListAsync(cancellationToken);
        var runs = await RunRows(db.RetentionSweepRuns.OrderByDescending(r => r.Id).Take(20)).ToListAsync(cancellationToken);
        return new RetentionViewModel(rules, holds, runs, hold);
    }

    public async Task<SweepReportViewModel?> ReportAsync(long id, CancellationToken cancellationToken)
    {
        var run = await RunRows(db.RetentionSweepRuns.Where(r => r.Id == id)).SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }

        var failure = await db.RetentionSweepRuns.Where(r => r.Id == id).Select(r => r.Failure).SingleAsync(cancellationToken);
        var lines = await db.Set<RetentionSweepLine>().AsNoTracking().Where(l => l.RunId == id).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var known = RetentionRules.All.ToDictionary(r => r.Key);
        return new SweepReportViewModel(run, failure, [.. lines.Select(l =>
        {
            var rule = known.GetValueOrDefault(l.RuleKey);
            return new SweepReportLine(rule?.Title ?? l.RuleKey, rule?.Action ?? RetentionAction.Delete, l.CutoffUtc, l.Affected, l.HeldBack);
        })]);
    }

    /// <summary>Members per grade per year they joined, counting anonymised former members: the statistics that survive retention.</summary>
    public async Task<IReadOnlyList<GradeYearCount>> StatisticsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Members.AsNoTracking()
            .Where(m => !m.IsRestricted)
            .GroupBy(m => new { m.MemberSince.Year, m.Grade })
            .Select(g => new { g.Key.Year, g.Key.Grade, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.Year).ThenBy(r => r.Grade).Select(r => new GradeYearCount(r.Year, r.Grade.ToString(), r.Count))];
    }

    private static IQueryable<SweepRunRow> RunRows(IQueryable<RetentionSweepRun> runs) =>
        runs.AsNoTracking()
            .Select(r => new SweepRunRow(r.Id, r.StartedAt, r.FinishedAt, r.StartedByUserId == null, r.Outcome, r.Lines.Sum(l => l.Affected)));

    private static string Months(int months) =>
        months % 12 == 0 ? $"{months / 12} years" : $"{months} months";
}

using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Restriction;
using ImiPortal.Domain.Retention;

namespace ImiPortal.Web.Models.Retention;

public sealed record RetentionRuleRow(RetentionRule Rule, string Period, string? PurposeName, DateTime CutoffUtc);

public sealed record LegalHoldRow(long Id, string MembershipNumber, string MemberName, string Reference, string Reason, DateTime PlacedAt);

public sealed record SweepRunRow(long Id, DateTime StartedAt, DateTime? FinishedAt, bool Scheduled, RetentionSweepOutcome Outcome, int Affected);

public sealed record RetentionViewModel(
    IReadOnlyList<RetentionRuleRow> Rules,
    IReadOnlyList<LegalHoldRow> Holds,
    IReadOnlyList<SweepRunRow> Runs,
    LegalHoldInput Hold);

public sealed record SweepReportLine(string Title, RetentionAction Action, DateTime CutoffUtc, int Affected, int HeldBack);

public sealed record SweepReportViewModel(SweepRunRow Run, string? Failure, IReadOnlyList<SweepReportLine> Lines);

public sealed record GradeYearCount(int Year, string Grade, int Members);

public sealed record MemberRestrictionViewModel(
    Guid MemberId,
    string MemberName,
    string MembershipNumber,
    ProcessingRestriction? Active,
    IReadOnlyList<ProcessingRestriction> Past,
    IReadOnlyList<(Guid Id, string Reference, RestrictionGround? Ground)> Requests,
    DateOnly EarliestLiftDate,
    bool MayLiftToday,
    ApplyRestrictionInput Apply,
    LiftNoticeInput Notice);

namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>Where the statutory clock stands, from the deadline engine.</summary>
public sealed record DeadlinePanel(
    DateOnly ReceivedOn,
    DateOnly? ClockStartsOn,
    DateOnly? DueOn,
    DateOnly? OneMonthDueOn,
    DateOnly? InternalTargetOn,
    bool IsExtended,
    int PausedDays,
    DateOnly? PausedSince,
    DateOnly? AwaitingIdentitySince,
    string DaysLeft,
    Urgency Urgency,
    bool CanExtendToday,
    IReadOnlyList<string> Warnings);

using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

public class WorkingDaysUntilTests
{
    [Theory]
    [InlineData("2025-10-03", "2025-10-06", 1)] // Fri -> Mon: only Monday left
    [InlineData("2025-10-04", "2025-10-06", 1)] // Sat -> Mon
    [InlineData("2025-10-06", "2025-10-06", 0)] // due today
    [InlineData("2025-09-29", "2025-10-06", 5)] // Mon -> next Mon: Tue, Wed, Thu, Fri, Mon
    [InlineData("2026-12-23", "2026-12-29", 2)] // Thu 24 Dec and Tue 29 Dec; 25 and 28 Dec are holidays
    [InlineData("2026-12-24", "2026-12-29", 1)]
    [InlineData("2025-10-03", "2025-10-04", 0)] // a weekend due date (never produced by the engine) counts nothing
    [InlineData("2025-10-04", "2025-10-03", -1)] // Sat after a Friday deadline: overdue by Friday
    [InlineData("2025-10-06", "2025-10-03", -1)] // Mon after a Friday deadline
    [InlineData("2025-10-07", "2025-10-03", -2)] // Tue: Friday and Monday are gone
    [InlineData("2026-12-29", "2026-12-24", -1)] // over Christmas only Thu 24 Dec was a working day
    [InlineData("2026-12-30", "2026-12-24", -2)] // 24 and 29 Dec
    public void WorkingDaysUntil_CountsWorkingDaysAheadOrOverdue(string today, string due, int expected)
    {
        Assert.Equal(expected, Calculator().WorkingDaysUntil(D(today), D(due)));
    }

    [Theory]
    [InlineData(UkRegion.EnglandAndWales, 2)] // Fri 2 Jan and Mon 5 Jan
    [InlineData(UkRegion.Scotland, 1)] // 2 Jan is a Scottish holiday: Mon 5 Jan only
    public void WorkingDaysUntil_UsesTheRegionsHolidays(UkRegion region, int expected)
    {
        Assert.Equal(expected, Calculator(region).WorkingDaysUntil(D("2025-12-31"), D("2026-01-05")));
    }

    [Theory]
    [InlineData("2025-10-03", "2025-10-06", 3)]
    [InlineData("2025-10-06", "2025-10-06", 0)]
    [InlineData("2025-10-07", "2025-10-03", -4)]
    public void CalendarDaysUntil_IsThePlainDayDifference(string today, string due, int expected)
    {
        Assert.Equal(expected, DeadlineCalculator.CalendarDaysUntil(D(today), D(due)));
    }
}

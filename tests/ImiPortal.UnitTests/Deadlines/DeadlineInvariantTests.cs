using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

/// <summary>Properties that must hold for every receipt date, checked day by day over several years.</summary>
public class DeadlineInvariantTests
{
    // The longest run of UK non-working days is four (e.g. Sat 1 Jan 2028 to Tue 4 Jan 2028 in Scotland).
    private const int LongestNonWorkingRun = 4;

    [Theory]
    [InlineData(UkRegion.EnglandAndWales)]
    [InlineData(UkRegion.Scotland)]
    [InlineData(UkRegion.NorthernIreland)]
    public void DueDate_ForEveryReceiptDay_IsTheFirstWorkingDayOnOrAfterTheSameDayNextMonth(UkRegion region)
    {
        var calendar = CalendarFor(region);
        var calculator = new DeadlineCalculator(calendar);

        for (var received = D("2025-01-01"); received <= D("2028-12-31"); received = received.AddDays(1))
        {
            var result = calculator.Calculate(received);
            var due = result.DueOn!.Value;

            AssertFirstWorkingDayOnOrAfter(calendar, ClampedMonthsLater(received, 1), due, received);

            var target = result.InternalTargetOn!.Value;
            Assert.True(calendar.IsWorkingDay(target), $"{received}: target {target} is not a working day");
            Assert.InRange(target, received, due);
        }
    }

    [Fact]
    public void DueDate_ForEveryReceiptDay_PausedIsNeverEarlier_ExtendedIsThreeMonthsRolled()
    {
        var calculator = Calculator();

        for (var received = D("2025-01-01"); received <= D("2026-12-31"); received = received.AddDays(1))
        {
            var plain = calculator.Calculate(received).DueOn!.Value;
            var paused = calculator.Calculate(received, new ClarificationPause(received.AddDays(1), received.AddDays(2)));
            var extended = calculator.Calculate(received, new ExtensionDecided(received)).DueOn!.Value;

            // Paused days go onto the raw date, so a weekend roll can absorb them (Sat 1 Feb 2025 + 2 = Mon 3 Feb).
            Assert.InRange(paused.DueOn!.Value, plain, plain.AddDays(2 + LongestNonWorkingRun));
            AssertFirstWorkingDayOnOrAfter(England, ClampedMonthsLater(received, 3), extended, received);
        }
    }

    // Written independently of the engine: the BCL's month step, then an explicit end-of-month clamp.
    private static DateOnly ClampedMonthsLater(DateOnly received, int months)
    {
        var month = received.AddMonths(months);
        var lastDay = DateTime.DaysInMonth(month.Year, month.Month);
        return new DateOnly(month.Year, month.Month, Math.Min(received.Day, lastDay));
    }

    private static void AssertFirstWorkingDayOnOrAfter(
        IWorkingDayCalendar calendar, DateOnly raw, DateOnly due, DateOnly received)
    {
        Assert.True(calendar.IsWorkingDay(due), $"{received}: due {due} is not a working day");
        Assert.InRange(due.DayNumber - raw.DayNumber, 0, LongestNonWorkingRun);
        for (var day = raw; day < due; day = day.AddDays(1))
        {
            Assert.False(calendar.IsWorkingDay(day), $"{received}: {day} was a working day before {due}");
        }
    }
}

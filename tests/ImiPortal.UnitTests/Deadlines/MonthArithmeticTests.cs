using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

public class MonthArithmeticTests
{
    [Theory]
    [InlineData("2025-09-03", 1, "2025-10-03")] // ICO: 3 September -> 3 October
    [InlineData("2025-01-01", 1, "2025-02-01")] // ICO: 1 January -> 1 February (raw, before any rolling)
    [InlineData("2025-01-31", 1, "2025-02-28")] // ICO: no 31 February -> last day of February
    [InlineData("2025-01-30", 1, "2025-02-28")]
    [InlineData("2025-01-29", 1, "2025-02-28")]
    [InlineData("2025-01-28", 1, "2025-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")] // 2028 is a leap year
    [InlineData("2028-01-30", 1, "2028-02-29")]
    [InlineData("2028-01-29", 1, "2028-02-29")] // 29 February exists in 2028: no clamping
    [InlineData("2027-01-29", 1, "2027-02-28")] // ...but not in 2027
    [InlineData("2026-03-31", 1, "2026-04-30")] // 31st into a 30-day month
    [InlineData("2026-05-31", 1, "2026-06-30")]
    [InlineData("2026-08-31", 1, "2026-09-30")]
    [InlineData("2026-10-31", 1, "2026-11-30")]
    [InlineData("2025-12-15", 1, "2026-01-15")] // across the year end
    [InlineData("2025-12-31", 1, "2026-01-31")]
    [InlineData("2028-02-29", 1, "2028-03-29")] // from a leap day the day-of-month is kept
    [InlineData("2025-11-30", 3, "2026-02-28")] // extension: no 30 February
    [InlineData("2027-11-30", 3, "2028-02-29")] // extension into a leap February
    [InlineData("2025-10-31", 3, "2026-01-31")]
    [InlineData("2026-01-31", 3, "2026-04-30")]
    [InlineData("2025-09-03", 3, "2025-12-03")]
    [InlineData("2025-09-03", 0, "2025-09-03")]
    public void AddCalendarMonths_KeepsTheDayOfMonthOrClampsToTheMonthEnd(string start, int months, string expected)
    {
        Assert.Equal(D(expected), DeadlineCalculator.AddCalendarMonths(D(start), months));
    }

    [Fact]
    public void AddCalendarMonths_ClampsFromTheOriginalDay_NotMonthByMonth()
    {
        // Stepping month by month would go 31 Jan -> 28 Feb -> 28 Mar -> 28 Apr; the rule counts from the start.
        Assert.Equal(D("2026-04-30"), DeadlineCalculator.AddCalendarMonths(D("2026-01-31"), 3));
    }
}

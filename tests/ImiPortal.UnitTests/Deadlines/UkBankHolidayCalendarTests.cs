using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

public class UkBankHolidayCalendarTests
{
    [Theory]
    [InlineData(UkRegion.EnglandAndWales, "2026-12-25", false)] // Christmas, Friday
    [InlineData(UkRegion.EnglandAndWales, "2026-12-26", false)] // Saturday
    [InlineData(UkRegion.EnglandAndWales, "2026-12-28", false)] // Boxing Day substitute, Monday
    [InlineData(UkRegion.EnglandAndWales, "2026-12-29", true)]
    [InlineData(UkRegion.EnglandAndWales, "2026-01-02", true)] // 2 January is Scottish only
    [InlineData(UkRegion.Scotland, "2026-01-02", false)]
    [InlineData(UkRegion.EnglandAndWales, "2026-04-06", false)] // Easter Monday
    [InlineData(UkRegion.Scotland, "2026-04-06", true)] // not a bank holiday in Scotland
    [InlineData(UkRegion.Scotland, "2026-08-03", false)] // Scottish summer holiday, first Monday of August
    [InlineData(UkRegion.EnglandAndWales, "2026-08-03", true)]
    [InlineData(UkRegion.EnglandAndWales, "2026-08-31", false)] // England's summer holiday, last Monday of August
    [InlineData(UkRegion.Scotland, "2026-08-31", true)]
    [InlineData(UkRegion.Scotland, "2026-11-30", false)] // St Andrew's Day, Monday
    [InlineData(UkRegion.Scotland, "2026-06-15", false)] // one-off World Cup holiday, proclaimed February 2026
    [InlineData(UkRegion.EnglandAndWales, "2026-06-15", true)]
    [InlineData(UkRegion.Scotland, "2025-12-01", false)] // St Andrew's substitute: 30 Nov 2025 was a Sunday
    [InlineData(UkRegion.EnglandAndWales, "2025-12-01", true)]
    [InlineData(UkRegion.NorthernIreland, "2026-03-17", false)] // St Patrick's Day, Tuesday
    [InlineData(UkRegion.EnglandAndWales, "2026-03-17", true)]
    [InlineData(UkRegion.NorthernIreland, "2026-07-13", false)] // Battle of the Boyne substitute: 12 Jul 2026 is a Sunday
    [InlineData(UkRegion.NorthernIreland, "2027-07-12", false)]
    [InlineData(UkRegion.NorthernIreland, "2026-04-06", false)] // Easter Monday
    [InlineData(UkRegion.EnglandAndWales, "2025-09-03", true)] // ordinary Wednesday
    [InlineData(UkRegion.EnglandAndWales, "2025-09-06", false)] // ordinary Saturday
    [InlineData(UkRegion.EnglandAndWales, "2025-09-07", false)] // ordinary Sunday
    public void IsWorkingDay_FollowsTheRegionsBankHolidays(UkRegion region, string date, bool expected)
    {
        Assert.Equal(expected, CalendarFor(region).IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-12-24", "2026-12-24")] // already a working day: unchanged
    [InlineData("2026-12-25", "2026-12-29")]
    [InlineData("2027-12-31", "2027-12-31")]
    [InlineData("2028-01-01", "2028-01-04")] // Sat, Sun, Mon 3 Jan substitute -> Tue
    public void NextWorkingDayOnOrAfter_SkipsWeekendsAndHolidays(string date, string expected)
    {
        Assert.Equal(D(expected), England.NextWorkingDayOnOrAfter(D(date)));
    }

    [Theory]
    [InlineData("2026-12-29", "2026-12-29")] // already a working day: unchanged
    [InlineData("2026-12-28", "2026-12-24")] // Mon holiday, Sun, Sat, Fri Christmas -> Thu 24 Dec
    [InlineData("2026-04-06", "2026-04-02")] // Easter Monday back over the weekend and Good Friday
    [InlineData("2028-01-03", "2027-12-31")] // back across the year end
    public void PreviousWorkingDayOnOrBefore_SkipsWeekendsAndHolidays(string date, string expected)
    {
        Assert.Equal(D(expected), England.PreviousWorkingDayOnOrBefore(D(date)));
    }

    [Fact]
    public void Constructor_WithoutARegion_UsesEnglandAndWales()
    {
        var calendar = new UkBankHolidayCalendar();

        Assert.Equal(UkRegion.EnglandAndWales, calendar.Region);
        Assert.True(calendar.IsWorkingDay(D("2026-01-02")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Constructor_WithAnUnknownRegion_Throws(int region)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UkBankHolidayCalendar((UkRegion)region));
    }

    [Fact]
    public void IsBankHoliday_UsedFromManyThreadsAtOnce_AgreesWithSequentialAnswers()
    {
        var days = Enumerable.Range(0, 3000).Select(i => new DateOnly(2000, 1, 1).AddDays(i * 5)).ToArray();
        var sequential = new UkBankHolidayCalendar(UkRegion.Scotland);
        var expected = days.Select(sequential.IsBankHoliday).ToArray();
        var shared = new UkBankHolidayCalendar(UkRegion.Scotland);
        var actual = new bool[days.Length];

        Parallel.For(0, days.Length, i => actual[i] = shared.IsBankHoliday(days[i]));

        Assert.Equal(expected, actual);
        Assert.Contains(true, actual);
    }

    [Theory]
    [InlineData(UkRegion.EnglandAndWales)]
    [InlineData(UkRegion.Scotland)]
    [InlineData(UkRegion.NorthernIreland)]
    public void CountWorkingDays_AgreesWithCountingDayByDay(UkRegion region)
    {
        var calendar = CalendarFor(region);
        var random = new Random(20261205);
        for (var i = 0; i < 2000; i++)
        {
            // Ranges from empty (last before first) to over two years, starting on any day of the week, across new years.
            var first = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 1500));
            var last = first.AddDays(random.Next(-3, 800));
            var expected = 0;
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                expected += calendar.IsWorkingDay(day) ? 1 : 0;
            }

            Assert.Equal(expected, calendar.CountWorkingDays(first, last));
        }
    }

    [Theory]
    [InlineData("2026-12-21", "2026-12-27", 4)] // Mon to Sun, Christmas Day on the Friday
    [InlineData("2026-12-26", "2026-12-28", 0)] // Sat, Sun, and the Boxing Day substitute
    [InlineData("2026-12-29", "2026-12-29", 1)]
    [InlineData("2026-12-29", "2026-12-28", 0)] // last before first
    [InlineData("2026-12-21", "2027-01-08", 12)] // 15 weekdays less 25 and 28 December and 1 January
    public void CountWorkingDays_CountsBothEnds_LessWeekendsAndBankHolidays(string first, string last, int expected)
    {
        Assert.Equal(expected, England.CountWorkingDays(D(first), D(last)));
    }
}

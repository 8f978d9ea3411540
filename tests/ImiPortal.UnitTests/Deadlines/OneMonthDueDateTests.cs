using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

/// <summary>England and Wales, no events. Weekdays checked against a real calendar; holidays against gov.uk lists.</summary>
public class OneMonthDueDateTests
{
    [Fact]
    public void DueDate_IcoExample_ReceivedThe3rdSeptember_IsThe3rdOctober()
    {
        // Wed 3 Sep 2025 -> Fri 3 Oct 2025, a working day.
        Assert.Equal(D("2025-10-03"), DueOn("2025-09-03"));
    }

    [Fact]
    public void DueDate_IcoExample_ReceivedThe1stJanuary_IsThe1stFebruary()
    {
        // Fri 1 Jan 2027 (New Year's Day: a holiday receipt still starts the clock) -> Mon 1 Feb 2027.
        Assert.Equal(D("2027-02-01"), DueOn("2027-01-01"));
    }

    [Fact]
    public void DueDate_ReceivedThe1stJanuary2025_RollsFromSaturday1stFebruaryToMonday()
    {
        // 1 Feb 2025 is a Saturday, so the ICO's 1 January -> 1 February becomes Mon 3 Feb 2025 that year.
        Assert.Equal(D("2025-02-03"), DueOn("2025-01-01"));
    }

    [Fact]
    public void DueDate_IcoExample_ReceivedThe31stJanuary_IsLastDayOfFebruary()
    {
        // Fri 31 Jan 2025 -> no 31 Feb -> Fri 28 Feb 2025, a working day.
        Assert.Equal(D("2025-02-28"), DueOn("2025-01-31"));
    }

    [Fact]
    public void DueDate_IcoExample_ReceivedSaturday31stJanuary2026_MovesFromSaturday28thFebruaryToMonday2ndMarch()
    {
        // Sat 31 Jan 2026 counts as day one -> 28 Feb 2026 is a Saturday, 1 Mar a Sunday -> Mon 2 Mar 2026.
        Assert.Equal(D("2026-03-02"), DueOn("2026-01-31"));
    }

    [Theory]
    [InlineData("2026-03-31", "2026-04-30")] // -> Thu 30 Apr 2026
    [InlineData("2027-08-31", "2027-09-30")] // -> Thu 30 Sep 2027
    [InlineData("2028-08-31", "2028-10-02")] // -> 30 Sep 2028 is a Saturday -> Mon 2 Oct 2028
    [InlineData("2028-01-31", "2028-02-29")] // leap year -> Tue 29 Feb 2028
    [InlineData("2028-01-30", "2028-02-29")] // Sun 30 Jan 2028 -> Tue 29 Feb 2028
    [InlineData("2027-01-29", "2027-03-01")] // no 29 Feb 2027 -> Sun 28 Feb -> Mon 1 Mar 2027
    [InlineData("2027-01-30", "2027-03-01")] // same clamp and roll
    public void DueDate_ReceivedLateInTheMonth_IsClampedToTheShorterMonthThenRolled(string received, string expected)
    {
        Assert.Equal(D(expected), DueOn(received));
    }

    [Fact]
    public void DueDate_FallingOnChristmasDay2026_MovesPastTheBoxingDaySubstituteToTuesday29thDecember()
    {
        // 25 Dec 2026 Fri (Christmas), Sat, Sun, Mon 28 Dec (Boxing Day substitute) -> Tue 29 Dec 2026.
        Assert.Equal(D("2026-12-29"), DueOn("2026-11-25"));
    }

    [Fact]
    public void DueDate_FallingOnChristmas2027Weekend_MovesPastBothSubstituteDays()
    {
        // Sat 27 Nov 2027 -> Mon 27 Dec 2027 (Christmas substitute), Tue 28 (Boxing Day substitute) -> Wed 29 Dec.
        Assert.Equal(D("2027-12-29"), DueOn("2027-11-27"));
    }

    [Fact]
    public void DueDate_FallingOnNewYearSubstitute_MovesIntoTheNewYear()
    {
        // Fri 3 Dec 2027 -> Mon 3 Jan 2028, the substitute for Sat 1 Jan -> Tue 4 Jan 2028.
        Assert.Equal(D("2028-01-04"), DueOn("2027-12-03"));
    }

    [Theory]
    [InlineData("2026-03-03", "2026-04-07")] // Good Friday 3 Apr, Sat, Sun, Easter Monday 6 Apr -> Tue 7 Apr 2026
    [InlineData("2026-03-06", "2026-04-07")] // Easter Monday 6 Apr 2026 -> Tue 7 Apr
    [InlineData("2026-04-04", "2026-05-05")] // Sat receipt -> Mon 4 May 2026, Early May bank holiday -> Tue 5 May
    public void DueDate_FallingOnABankHoliday_MovesToTheNextWorkingDay(string received, string expected)
    {
        Assert.Equal(D(expected), DueOn(received));
    }

    [Theory]
    [InlineData("2025-09-06", "2025-10-06")] // Sat 6 Sep 2025 -> Mon 6 Oct 2025 (not 8 Oct as if received Monday)
    [InlineData("2025-09-07", "2025-10-07")] // Sun 7 Sep 2025 -> Tue 7 Oct 2025
    [InlineData("2025-08-25", "2025-09-25")] // Mon 25 Aug 2025 (Summer bank holiday) -> Thu 25 Sep 2025
    public void DueDate_ReceivedOnANonWorkingDay_CountsThatDayAsTheStart(string received, string expected)
    {
        Assert.Equal(D(expected), DueOn(received));
    }

    [Fact]
    public void Calculate_WithNoEvents_RunsFromReceiptWithNothingPausedOrIgnored()
    {
        var result = Calculator().Calculate(D("2025-09-03"));

        Assert.Equal(ClockStatus.Running, result.Status);
        Assert.Equal(D("2025-09-03"), result.ClockStartsOn);
        Assert.Equal(result.DueOn, result.OneMonthDueOn);
        Assert.False(result.IsExtended);
        Assert.Equal(0, result.PausedDays);
        Assert.Null(result.PausedSince);
        Assert.Null(result.AwaitingInformationSince);
        Assert.Empty(result.IgnoredEvents);
    }

    [Theory]
    [InlineData("2025-10-03", false)]
    [InlineData("2025-10-04", true)]
    public void IsOverdueOn_IsTrueOnlyAfterTheDueDay(string today, bool expected)
    {
        Assert.Equal(expected, Calculator().Calculate(D("2025-09-03")).IsOverdueOn(D(today)));
    }
}

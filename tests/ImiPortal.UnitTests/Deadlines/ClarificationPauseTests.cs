using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

/// <summary>Clarification stops the clock: ask day to answer day, both inclusive, do not count.</summary>
public class ClarificationPauseTests
{
    private readonly DeadlineCalculator _calculator = Calculator();

    [Fact]
    public void DueDate_AfterAThreeDayPause_MovesThreeDaysLater()
    {
        // Wed 3 Sep 2025; asked Wed 10, answered Fri 12 Sep = 3 days -> 3 Oct + 3 = Mon 6 Oct 2025.
        var result = _calculator.Calculate(D("2025-09-03"), new ClarificationPause(D("2025-09-10"), D("2025-09-12")));

        Assert.Equal(ClockStatus.Running, result.Status);
        Assert.Equal(3, result.PausedDays);
        Assert.Equal(D("2025-10-06"), result.DueOn);
    }

    [Fact]
    public void DueDate_AfterASameDayAnswer_PausesOneDayAndRollsOffTheWeekend()
    {
        // Asked and answered 10 Sep = 1 day -> Sat 4 Oct 2025 -> Mon 6 Oct.
        var result = _calculator.Calculate(D("2025-09-03"), new ClarificationPause(D("2025-09-10"), D("2025-09-10")));

        Assert.Equal(1, result.PausedDays);
        Assert.Equal(D("2025-10-06"), result.DueOn);
    }

    [Fact]
    public void DueDate_WhenThePauseLandsOnChristmas_RollsPastTheHolidays()
    {
        // Tue 24 Nov 2026 -> Thu 24 Dec; 1 paused day -> Fri 25 Dec (Christmas) -> Tue 29 Dec 2026.
        Assert.Equal(D("2026-12-29"), DueOn("2026-11-24", new ClarificationPause(D("2026-12-01"), D("2026-12-01"))));
    }

    [Fact]
    public void DueDate_AfterTwoPauses_AddsBoth()
    {
        // 5..6 Sep = 2 days, 15..17 Sep = 3 days -> 3 Oct + 5 = Wed 8 Oct 2025.
        var result = _calculator.Calculate(
            D("2025-09-03"),
            new ClarificationPause(D("2025-09-05"), D("2025-09-06")),
            new ClarificationPause(D("2025-09-15"), D("2025-09-17")));

        Assert.Equal(5, result.PausedDays);
        Assert.Equal(D("2025-10-08"), result.DueOn);
    }

    [Fact]
    public void DueDate_PausedDaysAreAddedToTheRawDateBeforeRolling()
    {
        // Sat 31 Jan 2026 -> raw Sat 28 Feb; + 1 day = Sun 1 Mar -> Mon 2 Mar 2026.
        // Rolling first (Mon 2 Mar) and then adding would wrongly give Tue 3 Mar.
        Assert.Equal(D("2026-03-02"), DueOn("2026-01-31", new ClarificationPause(D("2026-02-02"), D("2026-02-02"))));
    }

    [Fact]
    public void DueDate_AfterALongPause_CrossesMonthsByDays()
    {
        // 1 Oct..31 Dec 2025 = 92 days -> 3 Oct + 92 = Sat 3 Jan 2026 -> Mon 5 Jan 2026.
        var result = _calculator.Calculate(D("2025-09-03"), new ClarificationPause(D("2025-10-01"), D("2025-12-31")));

        Assert.Equal(92, result.PausedDays);
        Assert.Equal(D("2026-01-05"), result.DueOn);
    }

    [Theory]
    [InlineData("2025-09-03", "2025-09-03", "2025-10-06")] // asked on receipt day: 1 day -> Sat 4 Oct -> Mon 6 Oct
    [InlineData("2025-10-03", "2025-10-05", "2025-10-06")] // asked on the deadline day: 3 days -> Mon 6 Oct
    public void Pause_AtTheEdgesOfTheMonth_Counts(string askedOn, string answeredOn, string expected)
    {
        Assert.Equal(D(expected), DueOn("2025-09-03", new ClarificationPause(D(askedOn), D(answeredOn))));
    }

    [Fact]
    public void Pause_AskedAfterTheDeadline_IsIgnoredAndReported()
    {
        var late = new ClarificationPause(D("2025-10-04"), D("2025-10-10"));

        var result = _calculator.Calculate(D("2025-09-03"), late);

        Assert.Equal(D("2025-10-03"), result.DueOn);
        Assert.Equal(0, result.PausedDays);
        Assert.Same(late, Assert.Single(result.IgnoredEvents));
    }

    [Fact]
    public void Pause_StillOutstandingButAskedAfterTheDeadline_LeavesTheRequestOverdue()
    {
        var result = _calculator.Calculate(D("2025-09-03"), new ClarificationPause(D("2025-10-04"), null));

        Assert.Equal(ClockStatus.Running, result.Status);
        Assert.True(result.IsOverdueOn(D("2025-10-04")));
    }

    [Fact]
    public void Pause_StillOutstanding_ReportsPausedWithNoDueDate()
    {
        var result = _calculator.Calculate(D("2025-09-03"), new ClarificationPause(D("2025-09-10"), null));

        Assert.Equal(ClockStatus.PausedForClarification, result.Status);
        Assert.Equal(D("2025-09-10"), result.PausedSince);
        Assert.Equal(D("2025-09-03"), result.ClockStartsOn);
        Assert.Null(result.DueOn);
        Assert.Null(result.OneMonthDueOn);
        Assert.Null(result.InternalTargetOn);
        Assert.Equal(0, result.PausedDays);
        Assert.False(result.IsOverdueOn(D("2026-06-01")));
    }

    [Fact]
    public void Pause_StillOutstandingAfterAnAnsweredOne_KeepsTheAnsweredDays()
    {
        var result = _calculator.Calculate(
            D("2025-09-03"),
            new ClarificationPause(D("2025-09-05"), D("2025-09-06")),
            new ClarificationPause(D("2025-09-15"), null));

        Assert.Equal(ClockStatus.PausedForClarification, result.Status);
        Assert.Equal(2, result.PausedDays);
        Assert.Equal(D("2025-09-15"), result.PausedSince);
    }

    [Theory]
    [InlineData("2025-09-10", "2025-09-12", 3)]
    [InlineData("2025-09-10", "2025-09-10", 1)]
    [InlineData("2025-09-30", "2025-10-01", 2)]
    public void Days_CountsBothTheAskAndAnswerDays(string askedOn, string answeredOn, int expected)
    {
        Assert.Equal(expected, new ClarificationPause(D(askedOn), D(answeredOn)).Days);
    }

    [Fact]
    public void Days_WhileOutstanding_IsNull()
    {
        Assert.Null(new ClarificationPause(D("2025-09-10"), null).Days);
    }
}

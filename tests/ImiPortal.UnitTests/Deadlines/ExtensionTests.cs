using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

public class ExtensionTests
{
    private readonly DeadlineCalculator _calculator = Calculator();

    [Fact]
    public void DueDate_WhenExtended_IsThreeMonthsFromTheStart_ClampedThenRolled()
    {
        // Sun 30 Nov 2025 + 3 months -> no 30 Feb -> Sat 28 Feb 2026 -> Mon 2 Mar 2026.
        var result = _calculator.Calculate(D("2025-11-30"), new ExtensionDecided(D("2025-12-15")));

        Assert.True(result.IsExtended);
        Assert.Equal(D("2026-03-02"), result.DueOn);
        Assert.Equal(D("2025-12-30"), result.OneMonthDueOn); // Tue 30 Dec 2025, a working day
    }

    [Theory]
    [InlineData("2025-09-03", "2025-12-03")] // Wed 3 Dec 2025
    [InlineData("2026-01-31", "2026-04-30")] // Thu 30 Apr 2026: clamped from the 31st, not from 28 Feb
    [InlineData("2027-11-30", "2028-02-29")] // leap February, Tue 29 Feb 2028
    public void DueDate_WhenExtended_CountsThreeMonthsFromTheOriginalStart(string received, string expected)
    {
        var result = _calculator.Calculate(D(received), new ExtensionDecided(D(received)));

        Assert.Equal(D(expected), result.DueOn);
    }

    [Theory]
    [InlineData("2025-12-29", true)]
    [InlineData("2025-12-30", true)] // the one-month deadline itself
    [InlineData("2025-12-31", false)] // the day after: too late
    public void CanExtend_IsTrueOnlyUpToTheOneMonthDeadline(string on, bool expected)
    {
        Assert.Equal(expected, _calculator.Calculate(D("2025-11-30")).CanExtend(D(on)));
    }

    [Theory]
    [InlineData("2026-03-02", true)] // raw date Sat 28 Feb has passed, but the deadline is Mon 2 Mar
    [InlineData("2026-03-03", false)]
    public void CanExtend_UsesTheRolledDeadline(string on, bool expected)
    {
        Assert.Equal(expected, _calculator.Calculate(D("2026-01-31")).CanExtend(D(on)));
    }

    [Fact]
    public void Extension_DecidedOnTheDeadlineDay_IsAccepted()
    {
        var result = _calculator.Calculate(D("2025-11-30"), new ExtensionDecided(D("2025-12-30")));

        Assert.True(result.IsExtended);
        Assert.Equal(D("2026-03-02"), result.DueOn);
    }

    [Fact]
    public void Extension_DecidedAfterTheDeadline_IsIgnoredAndReported()
    {
        var late = new ExtensionDecided(D("2025-12-31"));

        var result = _calculator.Calculate(D("2025-11-30"), late);

        Assert.False(result.IsExtended);
        Assert.Equal(D("2025-12-30"), result.DueOn);
        Assert.Same(late, Assert.Single(result.IgnoredEvents));
        Assert.True(result.IsOverdueOn(D("2025-12-31")));
    }

    [Fact]
    public void Extension_SecondOne_IsIgnoredAndCanExtendIsFalse()
    {
        var second = new ExtensionDecided(D("2025-09-20"));

        var result = _calculator.Calculate(D("2025-09-03"), new ExtensionDecided(D("2025-09-10")), second);

        Assert.Equal(D("2025-12-03"), result.DueOn);
        Assert.Same(second, Assert.Single(result.IgnoredEvents));
        Assert.False(result.CanExtend(D("2025-09-21")));
    }

    [Theory]
    [InlineData("2025-10-06", true)]
    [InlineData("2025-10-07", false)]
    public void CanExtend_WindowMovesWithAClarificationPause(string on, bool expected)
    {
        // Wed 3 Sep 2025; paused Wed 10 to Fri 12 Sep = 3 days -> 3 Oct + 3 = Mon 6 Oct 2025.
        var result = _calculator.Calculate(D("2025-09-03"), new ClarificationPause(D("2025-09-10"), D("2025-09-12")));

        Assert.Equal(D("2025-10-06"), result.OneMonthDueOn);
        Assert.Equal(expected, result.CanExtend(D(on)));
    }

    [Fact]
    public void Extension_AfterAPause_AddsThePausedDaysToTheThreeMonths()
    {
        // 3 Dec 2025 + 3 paused days = Sat 6 Dec -> Mon 8 Dec 2025.
        var result = _calculator.Calculate(
            D("2025-09-03"),
            new ClarificationPause(D("2025-09-10"), D("2025-09-12")),
            new ExtensionDecided(D("2025-10-06")));

        Assert.Equal(D("2025-12-08"), result.DueOn);
    }

    [Fact]
    public void Extension_DuringAnOutstandingClarification_IsAllowedAndAppliesOnceAnswered()
    {
        var pausedResult = _calculator.Calculate(
            D("2025-09-03"), new ClarificationPause(D("2025-09-10"), null), new ExtensionDecided(D("2025-09-20")));
        Assert.Equal(ClockStatus.PausedForClarification, pausedResult.Status);
        Assert.True(pausedResult.IsExtended);
        Assert.Null(pausedResult.DueOn);

        // Answered Wed 24 Sep: 10..24 Sep = 15 days -> 3 Dec + 15 = Thu 18 Dec 2025.
        var answered = _calculator.Calculate(
            D("2025-09-03"), new ClarificationPause(D("2025-09-10"), D("2025-09-24")), new ExtensionDecided(D("2025-09-20")));
        Assert.Equal(D("2025-12-18"), answered.DueOn);
        Assert.Empty(answered.IgnoredEvents);
    }

    [Fact]
    public void CanExtend_WhilePaused_IsTrueBecauseTheClockIsStoppedInTime()
    {
        var result = _calculator.Calculate(D("2025-09-03"), new ClarificationPause(D("2025-09-10"), null));

        Assert.True(result.CanExtend(D("2025-12-01")));
    }

    [Fact]
    public void Extension_WhileAwaitingIdentity_IsIgnored()
    {
        var extension = new ExtensionDecided(D("2025-09-05"));

        var result = _calculator.Calculate(D("2025-09-03"), new InformationRequested(D("2025-09-04")), extension);

        Assert.False(result.CanExtend(D("2025-09-05")));
        Assert.Same(extension, Assert.Single(result.IgnoredEvents));
    }

    [Fact]
    public void Pause_BetweenTheOneMonthAndExtendedDeadlines_StillCounts()
    {
        // Extended to Wed 3 Dec 2025; paused Sat 1 to Wed 5 Nov = 5 days -> Mon 8 Dec 2025.
        var result = _calculator.Calculate(
            D("2025-09-03"),
            new ExtensionDecided(D("2025-10-01")),
            new ClarificationPause(D("2025-11-01"), D("2025-11-05")));

        Assert.Equal(D("2025-12-08"), result.DueOn);
        Assert.Equal(5, result.PausedDays);
    }

    [Fact]
    public void Pause_AfterTheExtendedDeadline_IsIgnored()
    {
        var late = new ClarificationPause(D("2025-12-04"), D("2025-12-05"));

        var result = _calculator.Calculate(D("2025-09-03"), new ExtensionDecided(D("2025-10-01")), late);

        Assert.Equal(D("2025-12-03"), result.DueOn);
        Assert.Same(late, Assert.Single(result.IgnoredEvents));
    }
}

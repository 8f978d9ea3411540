using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

/// <summary>Identity, authority or a fee: the month runs afresh from the day it arrives.</summary>
public class RestartTests
{
    private readonly DeadlineCalculator _calculator = Calculator();

    [Fact]
    public void WhileAwaitingIdentity_ThereIsNoDueDate()
    {
        var result = _calculator.Calculate(D("2025-09-03"), new InformationRequested(D("2025-09-04")));

        Assert.Equal(ClockStatus.AwaitingInformation, result.Status);
        Assert.Equal(D("2025-09-04"), result.AwaitingInformationSince);
        Assert.Null(result.ClockStartsOn);
        Assert.Null(result.DueOn);
        Assert.Null(result.OneMonthDueOn);
        Assert.Null(result.InternalTargetOn);
        Assert.False(result.IsOverdueOn(D("2026-01-01")));
    }

    [Fact]
    public void DueDate_AfterIdentityArrives_IsOneMonthFromTheDayItArrived()
    {
        // Mon 15 Sep 2025 -> Wed 15 Oct 2025.
        var result = _calculator.Calculate(
            D("2025-09-03"), new InformationRequested(D("2025-09-04")), new InformationReceived(D("2025-09-15")));

        Assert.Equal(ClockStatus.Running, result.Status);
        Assert.Equal(D("2025-09-15"), result.ClockStartsOn);
        Assert.Equal(D("2025-10-15"), result.DueOn);
        Assert.Null(result.AwaitingInformationSince);
    }

    [Fact]
    public void DueDate_AfterAFeeArrives_WithoutARecordedRequest_StillRestarts()
    {
        Assert.Equal(D("2025-10-15"), DueOn("2025-09-03", new InformationReceived(D("2025-09-15"))));
    }

    [Fact]
    public void DueDate_WhenIdentityArrivesAfterTheOriginalDeadline_RunsFromArrival()
    {
        // Thu 20 Nov 2025 -> Sat 20 Dec 2025 -> Mon 22 Dec 2025.
        var due = DueOn("2025-09-01", new InformationRequested(D("2025-09-02")), new InformationReceived(D("2025-11-20")));

        Assert.Equal(D("2025-12-22"), due);
    }

    [Fact]
    public void DueDate_WhenIdentityArrivesOnASaturday_CountsTheSaturday()
    {
        // Sat 13 Sep 2025 -> Mon 13 Oct 2025.
        Assert.Equal(D("2025-10-13"), DueOn("2025-09-01", new InformationReceived(D("2025-09-13"))));
    }

    [Fact]
    public void Restart_DiscardsPausesBeforeIt()
    {
        // Paused Tue 2 to Fri 5 Sep, then ID on Wed 10 Sep -> Fri 10 Oct 2025, not 14 Oct.
        var result = _calculator.Calculate(
            D("2025-09-01"),
            new ClarificationPause(D("2025-09-02"), D("2025-09-05")),
            new InformationReceived(D("2025-09-10")));

        Assert.Equal(D("2025-10-10"), result.DueOn);
        Assert.Equal(0, result.PausedDays);
    }

    [Fact]
    public void Restart_KeepsCountingPausesAfterIt()
    {
        // Restart Wed 10 Sep; paused 12..14 Sep = 3 days -> 10 Oct + 3 = Mon 13 Oct 2025.
        var due = DueOn(
            "2025-09-01",
            new ClarificationPause(D("2025-09-02"), D("2025-09-05")),
            new InformationReceived(D("2025-09-10")),
            new ClarificationPause(D("2025-09-12"), D("2025-09-14")));

        Assert.Equal(D("2025-10-13"), due);
    }

    [Fact]
    public void Restart_DuringAPause_CountsOnlyThePausedDaysFromTheRestart()
    {
        // Question out 2..12 Sep; ID arrives 10 Sep: only 10..12 Sep = 3 days stop the new clock -> Mon 13 Oct.
        var result = _calculator.Calculate(
            D("2025-09-01"),
            new ClarificationPause(D("2025-09-02"), D("2025-09-12")),
            new InformationReceived(D("2025-09-10")));

        Assert.Equal(3, result.PausedDays);
        Assert.Equal(D("2025-10-13"), result.DueOn);
    }

    [Fact]
    public void Restart_WhileAQuestionIsOutstanding_StartsTheNewClockPaused()
    {
        var result = _calculator.Calculate(
            D("2025-09-01"), new ClarificationPause(D("2025-09-02"), null), new InformationReceived(D("2025-09-10")));

        Assert.Equal(ClockStatus.PausedForClarification, result.Status);
        Assert.Equal(D("2025-09-10"), result.ClockStartsOn);
        Assert.Equal(D("2025-09-10"), result.PausedSince);
    }

    [Fact]
    public void Restart_DiscardsAnEarlierExtension()
    {
        var result = _calculator.Calculate(
            D("2025-09-01"), new ExtensionDecided(D("2025-09-05")), new InformationReceived(D("2025-09-10")));

        Assert.False(result.IsExtended);
        Assert.Equal(D("2025-10-10"), result.DueOn);
        Assert.True(result.CanExtend(D("2025-10-10")));
    }

    [Fact]
    public void Restart_TheLatestArrivalWins()
    {
        var due = DueOn("2025-09-01", new InformationReceived(D("2025-09-05")), new InformationReceived(D("2025-09-10")));

        Assert.Equal(D("2025-10-10"), due);
    }

    [Fact]
    public void InformationRequested_Twice_KeepsTheFirstRequestDate()
    {
        var result = _calculator.Calculate(
            D("2025-09-01"), new InformationRequested(D("2025-09-02")), new InformationRequested(D("2025-09-04")));

        Assert.Equal(D("2025-09-02"), result.AwaitingInformationSince);
    }

    [Fact]
    public void Pause_WhileAwaitingIdentity_AnsweredBeforeItArrives_DoesNotCount()
    {
        var result = _calculator.Calculate(
            D("2025-09-01"),
            new InformationRequested(D("2025-09-02")),
            new ClarificationPause(D("2025-09-03"), D("2025-09-05")),
            new InformationReceived(D("2025-09-10")));

        Assert.Equal(D("2025-10-10"), result.DueOn);
        Assert.Empty(result.IgnoredEvents);
    }
}

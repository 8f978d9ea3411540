using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

/// <summary>Internal target: start + N calendar days (+ paused days), moved BACK off non-working days.</summary>
public class InternalTargetTests
{
    [Theory]
    [InlineData("2025-09-03", "2025-10-01")] // + 28 = Wed 1 Oct 2025
    [InlineData("2026-01-31", "2026-02-27")] // + 28 = Sat 28 Feb 2026 -> back to Fri 27 Feb
    [InlineData("2026-11-27", "2026-12-24")] // + 28 = Fri 25 Dec 2026 (Christmas) -> back to Thu 24 Dec
    [InlineData("2026-03-06", "2026-04-02")] // + 28 = Fri 3 Apr 2026 (Good Friday) -> back to Thu 2 Apr
    public void InternalTarget_ByDefaultIs28DaysRolledBack(string received, string expected)
    {
        var result = Calculator().Calculate(D(received));

        Assert.Equal(D(expected), result.InternalTargetOn);
        Assert.True(result.InternalTargetOn <= result.DueOn);
    }

    [Fact]
    public void InternalTarget_IsConfigurable()
    {
        // Wed 3 Sep 2025 + 20 = Tue 23 Sep 2025.
        var calculator = new DeadlineCalculator(England, internalTargetDays: 20);

        Assert.Equal(20, calculator.InternalTargetDays);
        Assert.Equal(D("2025-09-23"), calculator.Calculate(D("2025-09-03")).InternalTargetOn);
    }

    [Fact]
    public void InternalTarget_MovesWithPausedDays()
    {
        // 3 Sep + 28 + 3 paused = Sat 4 Oct 2025 -> back to Fri 3 Oct.
        var result = Calculator().Calculate(D("2025-09-03"), new ClarificationPause(D("2025-09-10"), D("2025-09-12")));

        Assert.Equal(D("2025-10-03"), result.InternalTargetOn);
    }

    [Fact]
    public void InternalTarget_RunsFromTheRestart()
    {
        // Mon 15 Sep 2025 + 28 = Mon 13 Oct 2025.
        var result = Calculator().Calculate(D("2025-09-03"), new InformationReceived(D("2025-09-15")));

        Assert.Equal(D("2025-10-13"), result.InternalTargetOn);
    }

    [Fact]
    public void InternalTarget_IsUnchangedByAnExtension()
    {
        var result = Calculator().Calculate(D("2025-09-03"), new ExtensionDecided(D("2025-09-20")));

        Assert.Equal(D("2025-10-01"), result.InternalTargetOn);
    }

    [Fact]
    public void InternalTarget_WhenRollingBackWouldPrecedeTheStart_RollsForwardInstead()
    {
        // Sat 6 Sep 2025 + 1 = Sun 7 Sep; back would be Fri 5 Sep, before receipt -> Mon 8 Sep.
        var calculator = new DeadlineCalculator(England, internalTargetDays: 1);

        Assert.Equal(D("2025-09-08"), calculator.Calculate(D("2025-09-06")).InternalTargetOn);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(29)] // 31 Jan + 29 days = 1 Mar, after the 28 Feb deadline in a common year
    public void Constructor_WithATargetOutside1To28Days_Throws(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeadlineCalculator(England, days));
    }

    [Fact]
    public void Constructor_ByDefault_Uses28Days()
    {
        Assert.Equal(28, new DeadlineCalculator(England).InternalTargetDays);
    }
}

using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

public class EventValidationTests
{
    private readonly DeadlineCalculator _calculator = Calculator();

    [Fact]
    public void Calculate_WithAnEventBeforeReceipt_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            _calculator.Calculate(D("2025-09-03"), new ExtensionDecided(D("2025-09-02"))));
    }

    [Fact]
    public void Calculate_WithEventsOutOfDateOrder_Throws()
    {
        Assert.Throws<ArgumentException>(() => _calculator.Calculate(
            D("2025-09-03"), new ExtensionDecided(D("2025-09-20")), new ClarificationPause(D("2025-09-10"), D("2025-09-12"))));
    }

    [Fact]
    public void Calculate_WithAPauseAnsweredBeforeItWasAsked_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            _calculator.Calculate(D("2025-09-03"), new ClarificationPause(D("2025-09-10"), D("2025-09-09"))));
    }

    [Fact]
    public void Calculate_WithPausesSharingADay_Throws()
    {
        // 12 Sep would count twice.
        Assert.Throws<ArgumentException>(() => _calculator.Calculate(
            D("2025-09-03"),
            new ClarificationPause(D("2025-09-10"), D("2025-09-12")),
            new ClarificationPause(D("2025-09-12"), D("2025-09-13"))));
    }

    [Fact]
    public void Calculate_WithAPauseWhileAnotherIsOutstanding_Throws()
    {
        Assert.Throws<ArgumentException>(() => _calculator.Calculate(
            D("2025-09-03"), new ClarificationPause(D("2025-09-10"), null), new ClarificationPause(D("2025-09-15"), null)));
    }

    [Fact]
    public void Calculate_WithBackToBackPauses_IsAllowed()
    {
        // 10..12 and 13..13 Sep = 4 days -> 3 Oct + 4 = Tue 7 Oct 2025.
        var due = DueOn(
            "2025-09-03",
            new ClarificationPause(D("2025-09-10"), D("2025-09-12")),
            new ClarificationPause(D("2025-09-13"), D("2025-09-13")));

        Assert.Equal(D("2025-10-07"), due);
    }

    [Fact]
    public void Calculate_WithAnUnknownEventType_Throws()
    {
        Assert.Throws<ArgumentException>(() => _calculator.Calculate(D("2025-09-03"), new UnknownEvent(D("2025-09-04"))));
    }

    [Fact]
    public void Calculate_WithNullEvents_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _calculator.Calculate(D("2025-09-03"), (IEnumerable<ClockEvent>)null!));
    }

    [Fact]
    public void Constructor_WithoutACalendar_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new DeadlineCalculator(null!));
    }

    [Fact]
    public void Calculate_KeepsNoStateBetweenCalls()
    {
        var first = _calculator.Calculate(D("2025-09-03"), new ExtensionDecided(D("2025-09-04")));
        var second = _calculator.Calculate(D("2025-09-03"));

        Assert.Equal(D("2025-12-03"), first.DueOn);
        Assert.Equal(D("2025-10-03"), second.DueOn);
    }

    private sealed record UnknownEvent(DateOnly On) : ClockEvent(On);
}

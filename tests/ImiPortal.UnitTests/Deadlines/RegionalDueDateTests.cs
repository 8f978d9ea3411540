using ImiPortal.Domain.Deadlines;
using static ImiPortal.UnitTests.Deadlines.DeadlineTestKit;

namespace ImiPortal.UnitTests.Deadlines;

public class RegionalDueDateTests
{
    [Theory]
    // Fri 30 Oct 2026 -> Mon 30 Nov 2026, St Andrew's Day in Scotland only.
    [InlineData("2026-10-30", UkRegion.EnglandAndWales, "2026-11-30")]
    [InlineData("2026-10-30", UkRegion.Scotland, "2026-12-01")]
    [InlineData("2026-10-30", UkRegion.NorthernIreland, "2026-11-30")]
    // Sat 1 Nov 2025 -> Mon 1 Dec 2025, the Scottish substitute for St Andrew's Day (Sunday 30 Nov).
    [InlineData("2025-11-01", UkRegion.EnglandAndWales, "2025-12-01")]
    [InlineData("2025-11-01", UkRegion.Scotland, "2025-12-02")]
    // Tue 2 Dec 2025 -> Fri 2 Jan 2026, a Scottish holiday -> Sat, Sun -> Mon 5 Jan 2026.
    [InlineData("2025-12-02", UkRegion.EnglandAndWales, "2026-01-02")]
    [InlineData("2025-12-02", UkRegion.Scotland, "2026-01-05")]
    // Fri 6 Mar 2026 -> Mon 6 Apr 2026, Easter Monday everywhere except Scotland.
    [InlineData("2026-03-06", UkRegion.EnglandAndWales, "2026-04-07")]
    [InlineData("2026-03-06", UkRegion.Scotland, "2026-04-06")]
    [InlineData("2026-03-06", UkRegion.NorthernIreland, "2026-04-07")]
    // Tue 17 Feb 2026 -> Tue 17 Mar 2026, St Patrick's Day in Northern Ireland only.
    [InlineData("2026-02-17", UkRegion.EnglandAndWales, "2026-03-17")]
    [InlineData("2026-02-17", UkRegion.NorthernIreland, "2026-03-18")]
    // Sat 13 Jun 2026 -> Mon 13 Jul 2026, the Battle of the Boyne substitute (12 Jul is a Sunday).
    [InlineData("2026-06-13", UkRegion.EnglandAndWales, "2026-07-13")]
    [InlineData("2026-06-13", UkRegion.NorthernIreland, "2026-07-14")]
    // Fri 3 Dec 2027 -> Mon 3 Jan 2028 (New Year substitute); Scotland also has Tue 4 Jan.
    [InlineData("2027-12-03", UkRegion.EnglandAndWales, "2028-01-04")]
    [InlineData("2027-12-03", UkRegion.Scotland, "2028-01-05")]
    public void DueDate_DependsOnTheRegionsBankHolidays(string received, UkRegion region, string expected)
    {
        Assert.Equal(D(expected), Calculator(region).Calculate(D(received)).DueOn);
    }
}

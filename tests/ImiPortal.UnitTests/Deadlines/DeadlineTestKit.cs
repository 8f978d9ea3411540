using System.Globalization;
using ImiPortal.Domain.Deadlines;

namespace ImiPortal.UnitTests.Deadlines;

/// <summary>Shared calendars (holiday lists load once) and ISO-date parsing for [InlineData] strings.</summary>
internal static class DeadlineTestKit
{
    public static readonly UkBankHolidayCalendar England = new(UkRegion.EnglandAndWales);
    public static readonly UkBankHolidayCalendar Scotland = new(UkRegion.Scotland);
    public static readonly UkBankHolidayCalendar NorthernIreland = new(UkRegion.NorthernIreland);

    public static DeadlineCalculator Calculator(UkRegion region = UkRegion.EnglandAndWales) =>
        new(CalendarFor(region));

    public static UkBankHolidayCalendar CalendarFor(UkRegion region) => region switch
    {
        UkRegion.EnglandAndWales => England,
        UkRegion.Scotland => Scotland,
        UkRegion.NorthernIreland => NorthernIreland,
        _ => throw new ArgumentOutOfRangeException(nameof(region)),
    };

    public static DateOnly D(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly DueOn(string received, params ClockEvent[] events) =>
        Calculator().Calculate(D(received), events).DueOn ?? throw new InvalidOperationException("No due date.");
}

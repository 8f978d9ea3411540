using System.Collections.Concurrent;
using System.Collections.Frozen;
using PublicHoliday;

namespace ImiPortal.Domain.Deadlines;

/// <summary>
/// Monday to Friday, less the bank holidays (substitute days included) of one UK region.
/// Safe to share as a singleton.
/// </summary>
public sealed class UkBankHolidayCalendar : IWorkingDayCalendar
{
    private readonly UKBankHoliday.UkCountries _country;
    private readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> _holidaysByYear = new();

    public UkBankHolidayCalendar(UkRegion region = UkRegion.EnglandAndWales)
    {
        _country = region switch
        {
            // England and Wales share one list; the library keeps them apart only for naming.
            UkRegion.EnglandAndWales => UKBankHoliday.UkCountries.England,
            UkRegion.Scotland => UKBankHoliday.UkCountries.Scotland,
            UkRegion.NorthernIreland => UKBankHoliday.UkCountries.NorthernIreland,
            _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown UK region."),
        };
        Region = region;
    }

    public UkRegion Region { get; }

    public bool IsBankHoliday(DateOnly date) => HolidaysIn(date.Year).Contains(date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    public DateOnly PreviousWorkingDayOnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>
    /// The working days from <paramref name="first"/> to <paramref name="last"/>, both included: the weekdays, counted
    /// by arithmetic, less the bank holidays among them. The staff queue asks this for every row it shows, and a
    /// request overdue for months would otherwise be counted a day at a time (issue #11).
    /// </summary>
    public int CountWorkingDays(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            return 0;
        }

        var count = WeekdaysBefore(last.DayNumber + 1) - WeekdaysBefore(first.DayNumber);
        for (var year = first.Year; year <= last.Year; year++)
        {
            foreach (var holiday in HolidaysIn(year))
            {
                if (holiday >= first && holiday <= last && holiday.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    count--;
                }
            }
        }

        return count;
    }

    /// <summary>Mondays to Fridays among the days numbered 0 to <paramref name="dayNumber"/> - 1 (day 0, 1 January 0001, was a Monday).</summary>
    private static int WeekdaysBefore(int dayNumber) => dayNumber / 7 * 5 + Math.Min(dayNumber % 7, 5);

    private FrozenSet<DateOnly> HolidaysIn(int year) => _holidaysByYear.GetOrAdd(year, LoadYear);

    // A fresh library object per year: it makes no thread-safety promise, and each year is loaded about once.
    // The instance list is used because the static BankHolidays(year) ignores the region.
    private FrozenSet<DateOnly> LoadYear(int year) =>
        new UKBankHoliday(_country).PublicHolidays(year).Select(DateOnly.FromDateTime).ToFrozenSet();
}

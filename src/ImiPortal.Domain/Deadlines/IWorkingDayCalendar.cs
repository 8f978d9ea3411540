namespace ImiPortal.Domain.Deadlines;

/// <summary>Says which days are working days; the deadline engine rolls statutory dates with it.</summary>
public interface IWorkingDayCalendar
{
    bool IsWorkingDay(DateOnly date);

    /// <summary>The date itself when it is a working day, otherwise the first working day after it.</summary>
    DateOnly NextWorkingDayOnOrAfter(DateOnly date);

    /// <summary>The date itself when it is a working day, otherwise the last working day before it.</summary>
    DateOnly PreviousWorkingDayOnOrBefore(DateOnly date);

    /// <summary>The working days from <paramref name="first"/> to <paramref name="last"/>, both included; 0 when <paramref name="last"/> is earlier.</summary>
    int CountWorkingDays(DateOnly first, DateOnly last)
    {
        var count = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}

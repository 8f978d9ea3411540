namespace ImiPortal.Domain.Members;

/// <summary>A date of birth must be in the past and give a plausible age for a member: 16 to 120.</summary>
public static class DateOfBirthRule
{
    public const int MinimumAge = 16;
    public const int MaximumAge = 120;

    public static DateOfBirthCheck Check(DateOnly dateOfBirth, DateOnly today)
    {
        if (dateOfBirth > today)
        {
            return DateOfBirthCheck.InFuture;
        }

        var age = AgeOn(dateOfBirth, today);
        return age < MinimumAge ? DateOfBirthCheck.TooYoung
            : age > MaximumAge ? DateOfBirthCheck.TooOld
            : DateOfBirthCheck.Plausible;
    }

    /// <summary>Age in whole years; someone born on 29 February turns a year older on 1 March in other years.</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year;
        if (today.Month < dateOfBirth.Month || (today.Month == dateOfBirth.Month && today.Day < dateOfBirth.Day))
        {
            age--;
        }

        return age;
    }
}

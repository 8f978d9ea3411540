using PhoneNumbers;

namespace ImiPortal.Web.Members;

/// <summary>
/// Phone numbers as members type them: UK numbers without a country code, or any international number with one.
/// Stored in E.164 ("+441992519025"), shown in the UK's national format or, for other countries, the international one.
/// </summary>
public static class PhoneRule
{
    public const string DefaultRegion = "GB";

    /// <summary>Long enough for any real number typed with spaces, brackets and a country code.</summary>
    public const int MaxInputLength = 30;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>44: the UK's numbering plan, which Jersey, Guernsey and the Isle of Man share.</summary>
    private static readonly int UkCountryCode = Util.GetCountryCodeForRegion(DefaultRegion);

    public static bool IsValid(string? input) => ToE164(input) is not null;

    /// <summary>The number in E.164, or null when it is not a valid number.</summary>
    public static string? ToE164(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength)
        {
            return null;
        }

        try
        {
            var number = Util.Parse(input, DefaultRegion);
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>
    /// "01992 519025" for a number on the UK's +44 plan (Channel Islands and Isle of Man numbers included: they are dialled
    /// from the UK the same way, and are typed so), "+33 1 23 45 67 89" for others; a stored value that does not parse is
    /// shown as it is. The plan is read from the number's country code: asking libphonenumber which region a number
    /// belongs to tests it against every region that shares the code, which was much of the My details page's cost of
    /// showing one number (issue #11).
    /// </summary>
    public static string Display(string? e164)
    {
        if (string.IsNullOrWhiteSpace(e164))
        {
            return "";
        }

        try
        {
            var number = Util.Parse(e164, DefaultRegion);
            return number.CountryCode == UkCountryCode
                ? Util.Format(number, PhoneNumberFormat.NATIONAL)
                : Util.Format(number, PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}

using System.Security.Cryptography;

namespace ImiPortal.Domain.Members;

/// <summary>Membership numbers: "IMI" followed by eight digits, random so that they cannot be enumerated.</summary>
public static class MembershipNumber
{
    public const int Length = 11;

    public static string NewRandom() => "IMI" + RandomNumberGenerator.GetInt32(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsWellFormed(string? value) =>
        value is { Length: Length } && value.StartsWith("IMI", StringComparison.Ordinal) && value[3..].All(char.IsAsciiDigit);
}

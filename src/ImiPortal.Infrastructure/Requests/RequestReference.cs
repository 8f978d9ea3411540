using System.Security.Cryptography;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// Human-friendly request references such as "RR-7K3M-Q9PD": easy to read aloud on the phone (no 0/O, 1/I/L, U),
/// random so that one reference says nothing about another.
/// </summary>
public static class RequestReference
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string NewReference()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"RR-{chars[..4]}-{chars[4..]}";
    }

    public static bool IsWellFormed(string? value) =>
        value is { Length: 12 } && value.StartsWith("RR-", StringComparison.Ordinal) && value[7] == '-'
        && value.Remove(7, 1)[3..].All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}

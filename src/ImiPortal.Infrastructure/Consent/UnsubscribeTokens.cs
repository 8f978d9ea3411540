using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>
/// The signed token in every marketing email's unsubscribe link: the member id, protected with ASP.NET
/// Data Protection (keys kept in the database). It does not expire, because a link in an old email must
/// still work; a changed, truncated or made-up token is refused.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider provider)
{
    public const string Purpose = "Unsubscribe.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>A URL-safe token for the member.</summary>
    public string For(Guid memberId) => _protector.Protect(memberId.ToString("N"));

    /// <summary>The member id in a token, or null when the token is not one we issued.</summary>
    public Guid? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(_protector.Unprotect(token), "N", out var memberId) ? memberId : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}

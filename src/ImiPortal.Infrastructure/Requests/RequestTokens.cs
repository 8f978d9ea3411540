using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// Signed tokens in request links: email confirmation for the public form (valid for seven days) and the private
/// tracking link of a requester without a login. The issue time is inside the signed payload and checked against
/// <see cref="TimeProvider"/> (the time-limited protector reads the machine clock, which tests cannot move).
/// </summary>
public sealed class RequestTokens(IDataProtectionProvider provider, TimeProvider time)
{
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromDays(7);

    private readonly IDataProtector _confirmation = provider.CreateProtector("RequestEmailConfirmation.v1");
    private readonly IDataProtector _tracking = provider.CreateProtector("RequestTracking.v1");

    public string ForEmailConfirmation(Guid requestId) =>
        _confirmation.Protect(string.Create(CultureInfo.InvariantCulture, $"{requestId:N}|{time.GetUtcNow().UtcTicks}"));

    /// <summary>Reads a confirmation token; false when it is forged, damaged or older than seven days.</summary>
    public bool TryReadEmailConfirmation(string? token, out Guid requestId)
    {
        requestId = Guid.Empty;
        var payload = Unprotect(_confirmation, token)?.Split('|');
        if (payload is not [var id, var ticks]
            || !Guid.TryParseExact(id, "N", out var parsed)
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var issuedTicks))
        {
            return false;
        }

        var age = time.GetUtcNow().UtcTicks - issuedTicks;
        if (age < -TimeSpan.TicksPerMinute * 5 || age > ConfirmationLifetime.Ticks)
        {
            return false;
        }

        requestId = parsed;
        return true;
    }

    public string ForTracking(Guid requestId) => _tracking.Protect(requestId.ToString("N"));

    public bool TryReadTracking(string? token, out Guid requestId)
    {
        requestId = Guid.Empty;
        return Unprotect(_tracking, token) is { } payload && Guid.TryParseExact(payload, "N", out requestId);
    }

    private static string? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

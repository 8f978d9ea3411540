using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ImiPortal.Web.Security;

/// <summary>
/// The login cookie's check of the account's security stamp, made only when it is due. Identity's own hook resolves
/// its validator on every request, and with it the sign-in manager, the user manager and a database context, only for
/// the validator to find that the cookie was issued within the validation interval (30 minutes) and that there is
/// nothing to check: about 3% of the CPU of every signed-in page (issue #11). The test of the interval here is the
/// validator's own, on the same clock (the portal's TimeProvider, set on the validator's options); when the check is due, Identity's validator runs exactly as before (it reloads
/// the user, signs out a session whose password was changed or which was erased, and renews the cookie).
/// </summary>
public static class SecurityStampCheck
{
    public static Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return IsDue(context.Properties.IssuedUtc, now, options.ValidationInterval)
            ? SecurityStampValidator.ValidatePrincipalAsync(context)
            : Task.CompletedTask;
    }

    /// <summary>As <see cref="SecurityStampValidator{TUser}"/> decides: a cookie with no issue time, or older than the interval.</summary>
    public static bool IsDue(DateTimeOffset? issuedUtc, DateTimeOffset now, TimeSpan interval) =>
        issuedUtc is not { } issued || now - issued > interval;
}

using System.Globalization;
using ImiPortal.Domain;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>Staff logins and small helpers for the back-office request tests.</summary>
internal static class StaffKit
{
    public static async Task<(PortalClient Client, ApplicationUser User)> LoginStaffAsync(PortalFactory factory, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@theimi.org.uk";
        var user = await factory.CreateStaffAsync(email, role);
        return (await factory.LoginAsync(email), user);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today(PortalFactory factory) => UkTime.Today(factory.Clock);

    public static string DetailsUrl(Guid id) => $"/Staff/Requests/Details/{id}";

    public static string ActionUrl(string action, Guid id) => $"/Staff/Requests/{action}/{id}";
}

using ImiPortal.Domain.PersonalData;
using ImiPortal.Domain.Processing;

namespace ImiPortal.Infrastructure.Data.Seeding;

/// <summary>The policy's data categories, in its own words.</summary>
public static class PolicyCategories
{
    public static IReadOnlyList<PersonalDataCategory> All { get; } =
    [
        new() { Id = DataCategory.Identity, Name = "Identity", Description = "First name, maiden name, last name, username or similar identifier, marital status, title, date of birth and gender." },
        new() { Id = DataCategory.Contact, Name = "Contact", Description = "Billing address, delivery address, email address and telephone numbers." },
        new() { Id = DataCategory.Financial, Name = "Financial", Description = "Bank account and payment card details." },
        new() { Id = DataCategory.Transaction, Name = "Transaction", Description = "Details about payments to and from you and other details of products and services you have purchased from us." },
        new() { Id = DataCategory.Technical, Name = "Technical", Description = "Internet protocol (IP) address, your login data, browser type and version, time zone setting and location, browser plug-in types and versions, operating system and platform and other technology on the devices you use to access this website." },
        new() { Id = DataCategory.Profile, Name = "Profile", Description = "Your username and password, purchases or orders made by you, your interests, preferences, feedback and survey responses." },
        new() { Id = DataCategory.Usage, Name = "Usage", Description = "Information about how you use our website, products and services." },
        new() { Id = DataCategory.MarketingAndCommunications, Name = "Marketing and Communications", Description = "Your preferences in receiving marketing from us and our third parties and your communication preferences." },
        new() { Id = DataCategory.SpecialCategory, Name = "Special Category", Description = "Race or ethnicity, health and family information: collected only where applicable, with a valid reason, and where the law allows.", IsSpecial = true },
    ];
}

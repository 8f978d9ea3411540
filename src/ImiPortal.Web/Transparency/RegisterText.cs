using ImiPortal.Domain.Processing;

namespace ImiPortal.Web.Transparency;

/// <summary>How the record of processing reads to people: lawful bases in the policy's words, retention in years.</summary>
public static class RegisterText
{
    public static string Basis(LawfulBasis basis) => basis switch
    {
        LawfulBasis.Consent => "Your consent",
        LawfulBasis.Contract => "Performance of a contract with you",
        LawfulBasis.LegalObligation => "Necessary to comply with a legal or regulatory obligation",
        LawfulBasis.VitalInterests => "Necessary to protect someone's life (vital interests)",
        LawfulBasis.PublicTask => "Necessary for a task in the public interest",
        LawfulBasis.LegitimateInterests => "Necessary for our legitimate interests",
        _ => basis.ToString(),
    };

    public static string RecipientKind(RecipientKind kind) => kind switch
    {
        Domain.Processing.RecipientKind.GroupCompany => "Group company",
        Domain.Processing.RecipientKind.Processor => "Processor (acts on our instructions)",
        Domain.Processing.RecipientKind.EducationAuthorityOrRegulator => "Education authority or regulator",
        Domain.Processing.RecipientKind.GovernmentAgency => "Government agency",
        Domain.Processing.RecipientKind.BusinessPartner => "Business partner",
        Domain.Processing.RecipientKind.MarketingThirdParty => "Third party (marketing, with your consent)",
        Domain.Processing.RecipientKind.Public => "The public",
        _ => kind.ToString(),
    };

    /// <summary>"7 years", "18 months", "1 month".</summary>
    public static string Retention(int months) => months switch
    {
        <= 0 => "Not set",
        _ when months % 12 == 0 => months == 12 ? "1 year" : $"{months / 12} years",
        1 => "1 month",
        _ => $"{months} months",
    };
}

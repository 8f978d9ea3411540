using ImiPortal.Domain.PersonalData;
using ImiPortal.Domain.Processing;

namespace ImiPortal.Infrastructure.Data.Seeding;

/// <summary>
/// The "Purpose/Activity" list of the IMI privacy policy, as the first version of the record of processing.
/// The privacy officer edits the register afterwards; the seeder only adds what is missing.
/// </summary>
public static class PolicyPurposes
{
    public const int SevenYears = 84;

    private const string Members = "Members, applicants and customers";
    private const string Security = "Role-based access for staff with a business need; encrypted transport; audit log of staff access; payments through a PCI-DSS payment provider.";

    public static IReadOnlyList<PurposeSeed> All { get; } =
    [
        new("register-customer", "To register you as a new customer", Members,
            [DataCategory.Identity, DataCategory.Contact, DataCategory.Profile, DataCategory.Usage, DataCategory.MarketingAndCommunications, DataCategory.Technical],
            [LawfulBasis.Contract], null, [RecipientSeeds.Processors]),
        new("membership", "To register or renew you as a member, including disclosing your membership status to members of the public, managing your member account and contacting you about member benefits and services, serving notice under our Articles of Association and Professional Standards, and information from your local branch network", Members,
            [DataCategory.Identity, DataCategory.Contact, DataCategory.Profile, DataCategory.Usage, DataCategory.MarketingAndCommunications, DataCategory.Technical],
            [LawfulBasis.Contract, LawfulBasis.LegitimateInterests], "To run the professional register and keep members informed about their membership.",
            [RecipientSeeds.Group, RecipientSeeds.Processors, RecipientSeeds.Public]),
        new("orders", "To process and deliver your order, including managing payments, fees and charges and collecting and recovering money owed to us", Members,
            [DataCategory.Identity, DataCategory.Contact, DataCategory.Financial, DataCategory.Transaction],
            [LawfulBasis.Contract, LawfulBasis.LegitimateInterests], "To recover debts due to us.",
            [RecipientSeeds.Processors, RecipientSeeds.PaymentProvider]),
        new("relationship", "To manage our relationship with you, including notifying you about changes to our terms or privacy policy and asking you to leave a review or take a survey", Members,
            [DataCategory.Identity, DataCategory.Contact, DataCategory.Profile, DataCategory.MarketingAndCommunications],
            [LawfulBasis.Contract, LawfulBasis.LegalObligation, LawfulBasis.LegitimateInterests], "To keep our records updated and to study how customers use our products/services.",
            [RecipientSeeds.Processors]),
        new("competitions", "To enable you to partake in a prize draw, competition or survey", Members,
            [DataCategory.Identity, DataCategory.Contact, DataCategory.Profile, DataCategory.Usage, DataCategory.MarketingAndCommunications],
            [LawfulBasis.Contract, LawfulBasis.LegitimateInterests], "To study how customers use our products/services, to develop them and grow our business.",
            [RecipientSeeds.Processors]),
        new("administer", "To administer and protect our business and this website (including troubleshooting, data analysis, testing, system maintenance, support, reporting and hosting of data)", "Members, customers and website visitors",
            [DataCategory.Identity, DataCategory.Contact, DataCategory.Technical],
            [LawfulBasis.LegitimateInterests, LawfulBasis.LegalObligation], "For running our business, provision of administration and IT services, network security and to prevent fraud.",
            [RecipientSeeds.Group, RecipientSeeds.Processors]),
        new("advertising", "To deliver relevant website content and advertisements to you and measure or understand the effectiveness of the advertising we serve to you", "Members, customers and website visitors",
            [DataCategory.Identity, DataCategory.Contact, DataCategory.Profile, DataCategory.Usage, DataCategory.MarketingAndCommunications, DataCategory.Technical],
            [LawfulBasis.LegitimateInterests], "To study how customers use our products/services, to develop them, to grow our business and to inform our marketing strategy.",
            [RecipientSeeds.Processors]),
        new("analytics", "To use data analytics to improve our website, products/services, marketing, customer relationships and experiences", "Website visitors",
            [DataCategory.Technical, DataCategory.Usage],
            [LawfulBasis.LegitimateInterests], "To define types of customers for our products and services, to keep our website updated and relevant, to develop our business and to inform our marketing strategy.",
            [RecipientSeeds.Processors]),
        new("recommendations", "To make suggestions and recommendations to you about goods or services that may be of interest to you", Members,
            [DataCategory.Identity, DataCategory.Contact, DataCategory.Technical, DataCategory.Profile],
            [LawfulBasis.LegitimateInterests], "To develop our products/services and grow our business.",
            [RecipientSeeds.Processors]),
        new("awarding", "As a regulated awarding organisation, to share learner and achievement data with education authorities and regulators across the four nations, and MOT tester, MOT manager and annual MOT tester assessment achievement data with the DVSA", "Learners, MOT testers and MOT managers",
            [DataCategory.Identity, DataCategory.Contact, DataCategory.Profile],
            [LawfulBasis.LegalObligation, LawfulBasis.LegitimateInterests], "To support the monitoring of standards and of MOT testers, MOT managers and their centres.",
            [RecipientSeeds.Regulators, RecipientSeeds.Dvsa]),
    ];

    public static string SecurityMeasures => Security;
}

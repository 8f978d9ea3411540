namespace ImiPortal.Domain.Processing;

public enum RecipientKind
{
    GroupCompany = 1,
    Processor = 2,
    EducationAuthorityOrRegulator = 3,
    GovernmentAgency = 4,
    BusinessPartner = 5,
    MarketingThirdParty = 6,
    Public = 7,
}

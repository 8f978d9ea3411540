namespace ImiPortal.Domain.Consent;

public enum MarketingChannel
{
    Email = 1,
    Sms = 2,
    Post = 3,
    Phone = 4,
}

using ImiPortal.Domain.Consent;

namespace ImiPortal.Web.Models.Marketing;

/// <summary>Staff form: which channels the member asked us to stop, how they told us, and when.</summary>
public sealed class OptOutInput
{
    public bool Email { get; set; }

    public bool Sms { get; set; }

    public bool Post { get; set; }

    public bool Phone { get; set; }

    /// <summary><see cref="ConsentSource.StaffPhone"/> or <see cref="ConsentSource.StaffPost"/>.</summary>
    public ConsentSource? Source { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public IEnumerable<MarketingChannel> Channels()
    {
        if (Email)
        {
            yield return MarketingChannel.Email;
        }

        if (Sms)
        {
            yield return MarketingChannel.Sms;
        }

        if (Post)
        {
            yield return MarketingChannel.Post;
        }

        if (Phone)
        {
            yield return MarketingChannel.Phone;
        }
    }
}

using ImiPortal.Domain.Consent;

namespace ImiPortal.Web.Models.Marketing;

/// <summary>Staff form: the channel and topic of a mailing, whose audience is exported.</summary>
public sealed class AudienceInput
{
    public MarketingChannel? Channel { get; set; }

    public int? TopicId { get; set; }
}

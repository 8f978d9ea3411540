namespace ImiPortal.Domain.Consent;

/// <summary>A subject members can choose to hear about (news and events, training, member benefits...).</summary>
public class MarketingTopic
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }
}

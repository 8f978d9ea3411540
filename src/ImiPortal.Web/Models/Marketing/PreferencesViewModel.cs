namespace ImiPortal.Web.Models.Marketing;

public sealed record PreferencesViewModel(
    IReadOnlyList<PreferenceChoice> Channels,
    IReadOnlyList<PreferenceChoice> Topics,
    IReadOnlyList<PreferenceChoice> ThirdParties,
    bool TopicsChosen,
    string? BlockedNotice,
    TimelinePage Timeline)
{
    public IEnumerable<PreferenceChoice> All => Channels.Concat(Topics).Concat(ThirdParties);
}

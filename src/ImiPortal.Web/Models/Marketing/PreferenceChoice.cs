namespace ImiPortal.Web.Models.Marketing;

/// <summary>One checkbox on the preferences page, with its current basis and the exact statement it stands for.</summary>
public sealed record PreferenceChoice(string Key, string Label, string? Description, bool Ticked, string? BasisText, string Wording)
{
    /// <summary>An HTML id made from the subject key ("channel:Email" → "choice-channel-Email").</summary>
    public string Id => "choice-" + Key.Replace(':', '-');
}

namespace ImiPortal.Web.Models.Marketing;

/// <summary>
/// The preferences form: the subject keys ticked now, and those that were ticked when the page was shown.
/// Only the difference is recorded, so a form left open while the member unsubscribed elsewhere does not
/// undo that.
/// </summary>
public sealed class PreferencesInput
{
    public List<string> Chosen { get; set; } = [];

    public List<string> Shown { get; set; } = [];
}

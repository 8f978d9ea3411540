namespace ImiPortal.Web.Models.Transparency;

/// <summary>A new version of the privacy notice, with the summary of changes members will be shown.</summary>
public sealed class NoticePublishInput
{
    public string Body { get; set; } = "";

    public string SummaryOfChanges { get; set; } = "";
}

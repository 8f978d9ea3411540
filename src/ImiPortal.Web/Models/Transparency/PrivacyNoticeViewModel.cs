using ImiPortal.Domain.Transparency;

namespace ImiPortal.Web.Models.Transparency;

/// <summary>One version of the privacy notice, ready to render, with the list of all versions.</summary>
public sealed record PrivacyNoticeViewModel(
    int Version,
    int CurrentVersion,
    string PublishedOn,
    IReadOnlyList<NoticeBlock> Blocks,
    IReadOnlyList<NoticeVersionView> Versions);

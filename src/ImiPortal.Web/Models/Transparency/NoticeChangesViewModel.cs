namespace ImiPortal.Web.Models.Transparency;

/// <summary>What changed in the privacy notice since the member last saw it.</summary>
public sealed record NoticeChangesViewModel(int CurrentVersion, IReadOnlyList<NoticeVersionView> Changes);

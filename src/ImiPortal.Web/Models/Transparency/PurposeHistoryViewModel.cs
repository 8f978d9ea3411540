namespace ImiPortal.Web.Models.Transparency;

/// <summary>A register entry's version history, newest first.</summary>
public sealed record PurposeHistoryViewModel(int PurposeId, string Name, int CurrentVersion, string UpdatedAt, IReadOnlyList<PurposeVersionView> Versions);

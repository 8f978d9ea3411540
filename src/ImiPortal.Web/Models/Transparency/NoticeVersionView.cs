namespace ImiPortal.Web.Models.Transparency;

public sealed record NoticeVersionView(int Version, string PublishedOn, string SummaryOfChanges, string? PublishedBy);

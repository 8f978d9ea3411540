namespace ImiPortal.Domain.Transparency;

/// <summary>One block of the privacy notice: a heading, a paragraph (its lines) or a list (its items).</summary>
public sealed record NoticeBlock(NoticeBlockKind Kind, IReadOnlyList<string> Lines);

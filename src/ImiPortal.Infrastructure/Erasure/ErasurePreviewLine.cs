using ImiPortal.Domain.Erasure;

namespace ImiPortal.Infrastructure.Erasure;

/// <summary>One kind of record in an erasure preview: how many rows, what will happen to them and why.</summary>
public sealed record ErasurePreviewLine(string Entity, string Title, int Rows, ErasureAction Action, string Reason);

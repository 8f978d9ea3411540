namespace ImiPortal.Domain.Erasure;

/// <summary>What erasure does with one kind of record, and why.</summary>
public sealed record ErasureRule(ErasureAction Action, string Reason);

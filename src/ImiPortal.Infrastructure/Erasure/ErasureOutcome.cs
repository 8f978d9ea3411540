namespace ImiPortal.Infrastructure.Erasure;

/// <summary>What an erasure did, in counts only (it is recorded, so it must hold no personal data).</summary>
public sealed record ErasureOutcome(int Deleted, int Anonymised, int Kept)
{
    public string Summary => $"Erasure carried out: {Deleted} record(s) deleted, {Anonymised} anonymised, {Kept} kept for the reasons shown in the preview. A suppression record stops all marketing.";
}
